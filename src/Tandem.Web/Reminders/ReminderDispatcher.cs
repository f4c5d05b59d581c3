using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Patients;
using Tandem.Domain.Reminders;
using Tandem.Domain.Treatment;
using Tandem.Web.Data;
using Tandem.Web.Measurement;

namespace Tandem.Web.Reminders;

/// <summary>What one pass did.</summary>
public sealed record ReminderPass(int Scheduled, int Sent, int Retrying, int Failed, int Cancelled);

/// <summary>
/// One pass of the reminder job: create the reminders that are due (at most once each, by the unique key),
/// then claim, send and settle pending ones. Safe to run on several nodes at once and after a crash.
/// </summary>
public sealed partial class ReminderDispatcher(
    AppDbContext db,
    ReminderMail mail,
    MeasurementPlanner planner,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    IOptions<MeasurementReminderOptions> measurementOptions,
    ILogger<ReminderDispatcher> logger)
{
    private ReminderOptions Settings => options.Value;

    /// <summary>Patients with an account in use (questionnaire reminders also reach them after treatment, for follow-ups).</summary>
    private IQueryable<Patient> Contactable => db.Patients.Where(p =>
        p.Status == PatientStatus.Active
        && p.UserId != null
        && db.Users.Any(u => u.Id == p.UserId && u.DisabledAt == null));

    /// <summary>Patients who may get reminders: an account in use, an open treatment and an active programme.</summary>
    private IQueryable<Patient> Reachable => Contactable.Where(p =>
        db.Enrolments.Any(e => e.PatientId == p.Id && e.Status == EnrolmentStatus.Active));

    public async Task<ReminderPass> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var scheduled = await ScheduleAsync(ReminderKind.Diary, await DueDiaryAsync(now, ct), now, ct)
            + await ScheduleAsync(ReminderKind.Inactivity, await DueInactivityAsync(now, ct), now, ct)
            + await ScheduleAsync(ReminderKind.NewMessage, await DueNewMessageAsync(now, ct), now, ct);
        await planner.RefreshChangedAsync(Settings.BatchSize, ct);
        scheduled += await ScheduleQuestionnairesAsync(now, ct);
        var outcomes = await SendDueAsync(now, ct);
        return new ReminderPass(
            scheduled,
            outcomes.Count(o => o == ReminderStatus.Sent),
            outcomes.Count(o => o == ReminderStatus.Pending),
            outcomes.Count(o => o == ReminderStatus.Failed),
            outcomes.Count(o => o == ReminderStatus.Cancelled));
    }

    private async Task<List<Guid>> DueDiaryAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = ClinicCalendar.DateOf(now);
        var time = ReminderSchedule.LocalTime(now);
        var defaultEnabled = Settings.Defaults.DiaryEnabled;
        var defaultTime = Settings.Defaults.DiaryTime;
        return await (
                from p in Reachable
                join s in db.ReminderSettings on p.Id equals s.PatientId into chosen
                from s in chosen.DefaultIfEmpty()
                where (s == null ? defaultEnabled : s.DiaryEnabled)
                    && (s == null ? defaultTime : s.DiaryTime) <= time
                    && !db.ReminderJobs.Any(j => j.PatientId == p.Id && j.Kind == ReminderKind.Diary && j.LocalDay == today)
                    && !db.SleepWakeEntries.Any(e => e.PatientId == p.Id && e.Day == today)
                    && !db.ActivityEntries.Any(e => e.PatientId == p.Id && e.Day == today)
                    && !db.SymptomEntries.Any(e => e.PatientId == p.Id && e.Day == today)
                select p.Id)
            .Take(Settings.BatchSize)
            .ToListAsync(ct);
    }

    /// <summary>
    /// Patients with a therapist's message or released feedback they have not read, written after their last
    /// "something new" e-mail: one e-mail a day at most, and none for what they already read.
    /// </summary>
    private async Task<List<Guid>> DueNewMessageAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = ClinicCalendar.DateOf(now);
        var notices = db.ReminderJobs.Where(j => j.Kind == ReminderKind.NewMessage);
        return await Contactable
            .Where(p => !notices.Any(j => j.PatientId == p.Id && j.LocalDay == today)
                && (db.Messages.Any(m => m.PatientId == p.Id && !m.FromPatient && m.ReadAt == null
                        && !notices.Any(j => j.PatientId == p.Id && j.CreatedAt >= m.SentAt))
                    || db.Submissions.Any(s => s.PatientId == p.Id && s.FeedbackReleasedAt != null && s.SeenByPatientAt == null
                        && !notices.Any(j => j.PatientId == p.Id && j.CreatedAt >= s.FeedbackReleasedAt))))
            .Select(p => p.Id)
            .Take(Settings.BatchSize)
            .ToListAsync(ct);
    }

    private async Task<List<Guid>> DueInactivityAsync(DateTimeOffset now, CancellationToken ct)
    {
        // One exact query per number of days in use (a handful), so a batch only ever holds patients who are due.
        var defaultDays = Settings.Defaults.InactivityDays;
        var chosenDays = await db.ReminderSettings.Where(s => s.InactivityDays != null).Select(s => s.InactivityDays!.Value).Distinct().ToListAsync(ct);
        var due = new List<Guid>();
        foreach (var days in chosenDays.Append(defaultDays ?? 0).Where(d => d > 0).Distinct())
        {
            var quietSince = now - TimeSpan.FromDays(days);
            var isDefault = days == defaultDays;
            var candidates = await (
                    from a in PatientActivity.Of(db, Reachable)
                    join s in db.ReminderSettings on a.PatientId equals s.PatientId into chosen
                    from s in chosen.DefaultIfEmpty()
                    where (s == null ? isDefault : s.InactivityDays == days)
                        && a.At != null
                        && a.At <= quietSince
                        && !db.ReminderJobs.Any(j => j.PatientId == a.PatientId && j.Kind == ReminderKind.Inactivity && j.CreatedAt >= a.At)
                    select new { a.PatientId, a.At })
                .Take(Settings.BatchSize - due.Count)
                .ToListAsync(ct);
            var preferences = new ReminderPreferences(DiaryEnabled: false, default, days);
            due.AddRange(candidates
                .Where(c => ReminderSchedule.InactivityDue(preferences, c.At!.Value, lastReminder: null, now))
                .Select(c => c.PatientId));
            if (due.Count >= Settings.BatchSize)
            {
                break;
            }
        }

        return due;
    }

    /// <summary>
    /// A questionnaire reminder when a request opens and once more when it becomes overdue; one e-mail a day at most
    /// (the unique key), and a request already covered by today's e-mail is only marked as reminded.
    /// </summary>
    private async Task<int> ScheduleQuestionnairesAsync(DateTimeOffset now, CancellationToken ct)
    {
        var settings = measurementOptions.Value;
        if (ReminderSchedule.LocalTime(now) < settings.SendFrom || (!settings.OnOpen && !settings.OnOverdue))
        {
            return 0;
        }

        var today = ClinicCalendar.DateOf(now);
        var (onOpen, onOverdue) = (settings.OnOpen, settings.OnOverdue);
        var due = db.MeasurementRequests.Where(r => r.CompletedAt == null && r.CancelledAt == null
            && ((onOpen && r.OpenRemindedAt == null && r.DueFrom <= today && r.DueUntil >= today)
                || (onOverdue && r.OverdueRemindedAt == null && r.DueUntil < today)));
        var patientIds = await due.Where(r => Contactable.Any(p => p.Id == r.PatientId))
            .Select(r => r.PatientId).Distinct().Take(Settings.BatchSize).ToListAsync(ct);
        var created = 0;
        foreach (var patientId in patientIds)
        {
            foreach (var request in await due.Where(r => r.PatientId == patientId).ToListAsync(ct))
            {
                request.Reminded(today, now);
            }

            var sentToday = await db.ReminderJobs.AnyAsync(j => j.PatientId == patientId && j.Kind == ReminderKind.Questionnaire && j.LocalDay == today, ct);
            if (!sentToday)
            {
                db.ReminderJobs.Add(new ReminderJob(patientId, ReminderKind.Questionnaire, today, now));
            }

            try
            {
                await db.SaveChangesAsync(ct);
                created += sentToday ? 0 : 1;
            }
            catch (DbUpdateException)
            {
                // Another node scheduled today's e-mail first and marks these requests itself.
            }

            db.ChangeTracker.Clear();
        }

        return created;
    }

    private async Task<int> ScheduleAsync(ReminderKind kind, List<Guid> patientIds, DateTimeOffset now, CancellationToken ct)
    {
        if (patientIds.Count == 0)
        {
            return 0;
        }

        var day = ClinicCalendar.DateOf(now);
        var jobs = patientIds.Select(id => new ReminderJob(id, kind, day, now)).ToList();
        db.ReminderJobs.AddRange(jobs);
        try
        {
            await db.SaveChangesAsync(ct);
            return jobs.Count;
        }
        catch (DbUpdateException)
        {
            // Another node scheduled some of these first: the unique key refused them. Add the rest one by one.
            db.ChangeTracker.Clear();
        }

        var created = 0;
        foreach (var job in patientIds.Select(id => new ReminderJob(id, kind, day, now)))
        {
            db.ReminderJobs.Add(job);
            try
            {
                await db.SaveChangesAsync(ct);
                created++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }

        return created;
    }

    private async Task<List<ReminderStatus>> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var leaseExpired = now - Settings.Lease;
        var due = await db.ReminderJobs
            .Where(j => (j.Status == ReminderStatus.Pending && j.NextAttemptAt <= now)
                || (j.Status == ReminderStatus.Sending && j.ClaimedAt <= leaseExpired))
            .OrderBy(j => j.NextAttemptAt)
            .Select(j => j.Id)
            .Take(Settings.BatchSize)
            .ToListAsync(ct);

        var outcomes = new List<ReminderStatus>(due.Count);
        foreach (var id in due)
        {
            var token = Guid.NewGuid();
            if (await ClaimAsync(id, token, now, leaseExpired, ct))
            {
                outcomes.Add(await SendAsync(id, token, ct));
            }
        }

        return outcomes;
    }

    /// <summary>Pending (or a dead node's claim) → Sending, in one conditional update: exactly one claimer wins.</summary>
    private async Task<bool> ClaimAsync(Guid id, Guid token, DateTimeOffset now, DateTimeOffset leaseExpired, CancellationToken ct) =>
        await db.ReminderJobs
            .Where(j => j.Id == id
                && ((j.Status == ReminderStatus.Pending && j.NextAttemptAt <= now)
                    || (j.Status == ReminderStatus.Sending && j.ClaimedAt <= leaseExpired)))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(j => j.Status, ReminderStatus.Sending)
                    .SetProperty(j => j.ClaimedAt, now)
                    .SetProperty(j => j.ClaimToken, token)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1),
                ct) == 1;

    private async Task<ReminderStatus> SendAsync(Guid id, Guid token, CancellationToken ct)
    {
        var recipient = await (
                from j in db.ReminderJobs
                where j.Id == id
                join p in Contactable on j.PatientId equals p.Id
                where j.Kind == ReminderKind.Questionnaire || j.Kind == ReminderKind.NewMessage || Reachable.Any(r => r.Id == p.Id)
                join u in db.Users on p.UserId equals u.Id
                select new { u.Email, u.Language, j.Attempts, j.Kind })
            .SingleOrDefaultAsync(ct);
        if (recipient?.Email is not { Length: > 0 } email)
        {
            return await SettleAsync(id, token, ReminderStatus.Cancelled, error: null, ct);
        }

        try
        {
            await mail.SendAsync(email, recipient.Language, recipient.Kind, ct);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            var retry = Settings.Retry;
            var givingUp = retry.GivesUpAfter(recipient.Attempts);
            LogSendFailed(logger, id, recipient.Attempts, failure.GetType().Name);
            return givingUp
                ? await SettleAsync(id, token, ReminderStatus.Failed, failure.GetType().Name, ct)
                : await RetryLaterAsync(id, token, clock.GetUtcNow() + retry.Backoff(recipient.Attempts), failure.GetType().Name, ct);
        }

        return await SettleAsync(id, token, ReminderStatus.Sent, error: null, ct);
    }

    /// <summary>Ends our claim. Only the current claim may settle: a claim taken over after its lease changes nothing.</summary>
    private async Task<ReminderStatus> SettleAsync(Guid id, Guid token, ReminderStatus status, string? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? sentAt = status == ReminderStatus.Sent ? now : null;
        await db.ReminderJobs
            .Where(j => j.Id == id && j.ClaimToken == token)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(j => j.Status, status)
                    .SetProperty(j => j.SentAt, sentAt)
                    .SetProperty(j => j.LastError, error)
                    .SetProperty(j => j.ClaimedAt, (DateTimeOffset?)null)
                    .SetProperty(j => j.ClaimToken, (Guid?)null),
                ct);
        return status;
    }

    private async Task<ReminderStatus> RetryLaterAsync(Guid id, Guid token, DateTimeOffset nextAttempt, string error, CancellationToken ct)
    {
        await db.ReminderJobs
            .Where(j => j.Id == id && j.ClaimToken == token)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(j => j.Status, ReminderStatus.Pending)
                    .SetProperty(j => j.NextAttemptAt, nextAttempt)
                    .SetProperty(j => j.LastError, error)
                    .SetProperty(j => j.ClaimedAt, (DateTimeOffset?)null)
                    .SetProperty(j => j.ClaimToken, (Guid?)null),
                ct);
        return ReminderStatus.Pending;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {JobId} attempt {Attempt} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, Guid jobId, int attempt, string error);
}
