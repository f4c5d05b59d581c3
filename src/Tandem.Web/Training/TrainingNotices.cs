using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;

namespace Tandem.Web.Training;

/// <summary>
/// The e-mail that tells a member of staff the eCoach course was assigned to them (again with a new due date), sent by
/// the reminder job: claimed with a conditional update so it goes out once across nodes; a failed send releases the
/// claim for the next pass. It says only that a course waits and by when, with a link; nothing else.
/// </summary>
public sealed partial class TrainingNotices(
    AppDbContext db, Mailer mailer, JsonStringLocalizer text, IOptions<AppOptions> app, TimeProvider clock, ILogger<TrainingNotices> logger)
{
    private const int BatchSize = 100;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await (
                from a in db.TrainingAssignments
                join u in db.Users on a.StaffMemberId equals u.Id
                where a.NoticeSentAt == null && a.WithdrawnAt == null && u.DisabledAt == null
                    && !db.CourseCompletions.Any(c => c.StaffMemberId == a.StaffMemberId && c.CourseId == a.CourseId)
                orderby a.AssignedAt
                select new { a.Id, a.AssignedAt, a.DueOn, u.Email, u.Language })
            .Take(BatchSize).ToListAsync(ct);
        var sent = 0;
        foreach (var notice in due)
        {
            // The claim names the assignment as it was read: a reassignment or new due date in between gets its own
            // notice, a withdrawal none.
            var claimed = await db.TrainingAssignments
                .Where(a => a.Id == notice.Id && a.NoticeSentAt == null && a.WithdrawnAt == null && a.AssignedAt == notice.AssignedAt && a.DueOn == notice.DueOn)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.NoticeSentAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }

            try
            {
                var language = Language.IsSupported(notice.Language) ? notice.Language : Language.Default;
                var table = text.For(language);
                var culture = CultureInfo.GetCultureInfo(language);
                var link = app.Value.BaseUrl.TrimEnd('/') + "/Staff/Training";
                var body = notice.DueOn is { } day
                    ? string.Format(culture, table["mail.training-assigned.body-due"], day.ToString("d MMMM yyyy", culture), link)
                    : string.Format(culture, table["mail.training-assigned.body"], link);
                await mailer.SendAsync(notice.Email!, table["mail.training-assigned.subject"], body, ct);
                sent++;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                await db.TrainingAssignments.Where(a => a.Id == notice.Id && a.NoticeSentAt == now)
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.NoticeSentAt, (DateTimeOffset?)null), ct);
                LogSendFailed(logger, failure.GetType().Name);
            }
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A training e-mail could not be sent ({Failure}); it is tried again on the next pass")]
    private static partial void LogSendFailed(ILogger logger, string failure);
}
