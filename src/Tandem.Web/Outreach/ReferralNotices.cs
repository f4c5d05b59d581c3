using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;

namespace Tandem.Web.Outreach;

/// <summary>
/// Tells the managers of a site that a new referral waits in its intake queue: one e-mail per referral and manager,
/// with a link and nothing of the referral. Run by the reminder job; each referral is claimed with a conditional update
/// first, so however many nodes run it goes out once. When no e-mail of a referral could be sent the claim is released
/// for the next pass.
/// </summary>
public sealed partial class ReferralNotices(
    AppDbContext db, Mailer mailer, JsonStringLocalizer text, IOptions<AppOptions> app, TimeProvider clock, ILogger<ReferralNotices> logger)
{
    private const int BatchSize = 100;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var waiting = await db.Referrals.Where(r => r.NoticeSentAt == null).OrderBy(r => r.ReceivedAt)
            .Select(r => new { r.Id, r.SiteId }).Take(BatchSize).ToListAsync(ct);
        var sent = 0;
        foreach (var referral in waiting)
        {
            var claimed = await db.Referrals.Where(r => r.Id == referral.Id && r.NoticeSentAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.NoticeSentAt, now), ct);
            if (claimed == 0)
            {
                continue; // another node has it
            }

            var managers = await ManagersOf(referral.SiteId).Select(u => new { u.Email, u.Language }).ToListAsync(ct);
            var sentForThis = 0;
            foreach (var manager in managers)
            {
                sentForThis += await SendAsync(manager.Email!, manager.Language, ct);
            }

            if (managers.Count > 0 && sentForThis == 0)
            {
                await db.Referrals.Where(r => r.Id == referral.Id)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.NoticeSentAt, (DateTimeOffset?)null), ct);
            }

            sent += sentForThis;
        }

        return sent;
    }

    private IQueryable<AppUser> ManagersOf(Guid siteId)
    {
        var manager = nameof(Role.Manager);
        return db.StaffOf(siteId).Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == manager)));
    }

    private async Task<int> SendAsync(string email, string language, CancellationToken ct)
    {
        try
        {
            var table = text.For(Language.IsSupported(language) ? language : Language.Default);
            var link = app.Value.BaseUrl.TrimEnd('/') + "/Staff/Intake";
            var body = string.Format(CultureInfo.InvariantCulture, table["mail.referral.body"], link);
            await mailer.SendAsync(email, table["mail.referral.subject"], body, ct);
            return 1;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogSendFailed(logger, failure.GetType().Name);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A new-referral e-mail could not be sent ({Failure})")]
    private static partial void LogSendFailed(ILogger logger, string failure);
}
