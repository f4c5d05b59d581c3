using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Implementation;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;

namespace Tandem.Web.Implementation;

/// <summary>The implementation toolkit's settings (section "Implementation").</summary>
public sealed class ImplementationOptions
{
    /// <summary>An action's owner, and a plan's author for its review, are reminded this many days before the date.</summary>
    public int ReminderDaysBefore { get; set; } = 3;

    /// <summary>
    /// NoMAD results of a round are shown only from this many respondents (anonymity). 5 is a common minimum cell size
    /// for staff surveys; no NoMAD source sets one.
    /// </summary>
    public int NomadMinimumGroupSize { get; set; } = 5;
}

/// <summary>
/// The toolkit's e-mails, sent by the reminder job: an invitation to rate an open round, and a reminder of an action
/// (to its owner) or a review (to the plan's author) coming due. Each is claimed with a conditional update before it is
/// sent, so however many nodes run it goes out once; a failed send releases the claim for the next pass. The e-mails
/// say only what waits and when, with a link; no plan content.
/// </summary>
public sealed partial class ImplementationNotices(
    AppDbContext db, Mailer mailer, JsonStringLocalizer text, IOptions<AppOptions> app, IOptions<ImplementationOptions> options, TimeProvider clock,
    ILogger<ImplementationNotices> logger)
{
    private const int BatchSize = 100;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ClinicCalendar.DateOf(now);
        var horizon = today.AddDays(options.Value.ReminderDaysBefore);
        var active = db.Users.Where(u => u.DisabledAt == null);
        var sent = 0;

        var invitations = await (
                from i in db.CfirInvitations
                join r in db.CfirRounds on i.RoundId equals r.Id
                join u in active on i.UserId equals u.Id
                where i.NoticeSentAt == null && i.SubmittedAt == null && r.ClosedAt == null && r.ClosesOn >= today
                select new Notice(i.Id, u.Email!, u.Language, r.ClosesOn))
            .Take(BatchSize).ToListAsync(ct);
        foreach (var notice in invitations)
        {
            sent += await SendOnceAsync(
                notice, "mail.impl-invitation",
                () => db.CfirInvitations.Where(i => i.Id == notice.Id && i.NoticeSentAt == null).ExecuteUpdateAsync(u => u.SetProperty(i => i.NoticeSentAt, now), ct),
                () => db.CfirInvitations.Where(i => i.Id == notice.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.NoticeSentAt, (DateTimeOffset?)null), ct),
                ct);
        }

        var actions = await (
                from a in db.PlanActions
                join u in active on a.OwnerId equals u.Id
                where a.ReminderSentAt == null && (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueOn <= horizon
                select new Notice(a.Id, u.Email!, u.Language, a.DueOn))
            .Take(BatchSize).ToListAsync(ct);
        foreach (var notice in actions)
        {
            sent += await SendOnceAsync(
                notice, "mail.impl-action",
                () => db.PlanActions.Where(a => a.Id == notice.Id && a.ReminderSentAt == null).ExecuteUpdateAsync(u => u.SetProperty(a => a.ReminderSentAt, now), ct),
                () => db.PlanActions.Where(a => a.Id == notice.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.ReminderSentAt, (DateTimeOffset?)null), ct),
                ct);
        }

        var reviews = await (
                from p in db.ImplementationPlans
                join u in active on p.CreatedById equals u.Id
                where p.ReviewReminderSentAt == null && p.NextReviewOn != null && p.NextReviewOn <= horizon
                select new Notice(p.Id, u.Email!, u.Language, p.NextReviewOn!.Value))
            .Take(BatchSize).ToListAsync(ct);
        foreach (var notice in reviews)
        {
            sent += await SendOnceAsync(
                notice, "mail.impl-review",
                () => db.ImplementationPlans.Where(p => p.Id == notice.Id && p.ReviewReminderSentAt == null).ExecuteUpdateAsync(u => u.SetProperty(p => p.ReviewReminderSentAt, now), ct),
                () => db.ImplementationPlans.Where(p => p.Id == notice.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.ReviewReminderSentAt, (DateTimeOffset?)null), ct),
                ct);
        }

        return sent;
    }

    /// <summary>Claims the notice, sends it, and releases the claim when sending fails so the next pass tries again.</summary>
    private async Task<int> SendOnceAsync(Notice notice, string key, Func<Task<int>> claim, Func<Task<int>> release, CancellationToken ct)
    {
        if (await claim() == 0)
        {
            return 0; // another node has it
        }

        try
        {
            var language = Language.IsSupported(notice.Language) ? notice.Language : Language.Default;
            var table = text.For(language);
            var culture = CultureInfo.GetCultureInfo(language);
            var link = app.Value.BaseUrl.TrimEnd('/') + "/Staff/Implementation";
            var body = string.Format(culture, table[key + ".body"], notice.Day.ToString("d MMMM yyyy", culture), link);
            await mailer.SendAsync(notice.Email, table[key + ".subject"], body, ct);
            return 1;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            await release();
            LogSendFailed(logger, failure.GetType().Name);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An implementation e-mail could not be sent ({Failure}); it is tried again on the next pass")]
    private static partial void LogSendFailed(ILogger logger, string failure);

    private sealed record Notice(Guid Id, string Email, string Language, DateOnly Day);
}
