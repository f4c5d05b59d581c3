using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Guidance;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Reminders;

namespace Tandem.Web.Guidance;

/// <summary>
/// The worklist: across the therapist's caseload (their own patients and those of colleagues they cover today), open
/// alerts, feedback overdue and due, unread messages, patients gone quiet and questionnaires overdue, plus every open
/// alert addressed to them (escalation) and, for a supervisor, trainee feedback awaiting approval in their team.
/// Computed from the records on each request, so it is never stale and two therapists acting at once both see the outcome.
/// </summary>
public sealed class Worklist(AppDbContext db, AuditTrail audit, IOptions<GuidanceOptions> options, TimeProvider clock)
{
    /// <summary>At most this many lines per kind (a caseload rarely has more; the oldest come first).</summary>
    public const int PerKind = 100;

    /// <summary>Whether this viewer has a worklist at all: therapists and supervisors, past their second factor.</summary>
    public static bool IsFor(Viewer viewer) =>
        viewer.MaySeeHealthData && (viewer.Has(Role.Therapist) || viewer.Has(Role.Supervisor));

    public async Task<WorklistView> LoadAsync(Viewer viewer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var today = ClinicCalendar.DateOf(now);
        var own = db.Patients.CaseloadOf(viewer).Where(p => p.Status != PatientStatus.Closed);

        var alerts = await (
                from a in db.MeasurementAlerts
                join p in db.Patients on a.PatientId equals p.Id
                where a.AcknowledgedAt == null
                    && (own.Any(o => o.Id == p.Id) || db.AlertRecipients.Any(r => r.AlertId == a.Id && r.UserId == viewer.UserId))
                orderby a.RaisedAt
                select new { a.Id, a.PatientId, p.GivenName, p.FamilyName, a.RaisedAt })
            .Take(PerKind).ToListAsync(ct);

        var waiting = await (
                from s in db.Submissions
                join p in own on s.PatientId equals p.Id
                where s.Feedback == null
                orderby s.SubmittedAt
                select new
                {
                    s.Id,
                    s.PatientId,
                    p.GivenName,
                    p.FamilyName,
                    p.SiteId,
                    s.SubmittedAt,
                    OnDemand = db.Enrolments.Any(e => e.PatientId == p.Id && e.Status == EnrolmentStatus.Active && e.Guidance == GuidanceMode.OnDemand),
                })
            .Take(2 * PerKind).ToListAsync(ct);

        // A supervisor's review queue (no query for anyone else).
        var reviews = viewer.Has(Role.Supervisor) && viewer.TeamId is { } teamId
            ? await (
                    from s in db.Submissions
                    join p in db.Patients.VisibleTo(viewer) on s.PatientId equals p.Id
                    where p.TeamId == teamId && s.Feedback != null && s.FeedbackReleasedAt == null
                    orderby s.FeedbackAt
                    select new Review(s.Id, s.PatientId, p.GivenName, p.FamilyName, s.FeedbackAt!.Value))
                .Take(PerKind).ToListAsync(ct)
            : [];

        var messages = await (
                from m in db.Messages
                join p in own on m.PatientId equals p.Id
                where m.ReadAt == null && m.FromPatient
                group m by new { m.PatientId, p.GivenName, p.FamilyName } into thread
                orderby thread.Min(m => m.SentAt)
                select new { thread.Key.PatientId, thread.Key.GivenName, thread.Key.FamilyName, Since = thread.Min(m => m.SentAt) })
            .Take(PerKind).ToListAsync(ct);

        var quietSince = now.AddDays(-settings.InactiveDays);
        var inactive = await (
                from a in PatientActivity.Of(db, own.Where(p => p.Status == PatientStatus.Active))
                join p in db.Patients on a.PatientId equals p.Id
                where a.At != null && a.At < quietSince
                orderby a.At
                select new { p.Id, p.GivenName, p.FamilyName, a.At })
            .Take(PerKind).ToListAsync(ct);

        var questionnaires = await (
                from r in db.MeasurementRequests
                join p in own on r.PatientId equals p.Id
                where r.CompletedAt == null && r.CancelledAt == null && r.DueUntil < today
                orderby r.DueUntil
                select new { r.Id, r.PatientId, p.GivenName, p.FamilyName, r.DueUntil })
            .Take(PerKind).ToListAsync(ct);

        var calendars = await WorkingCalendars.ForSitesAsync(db, settings, [.. waiting.Select(w => w.SiteId).Distinct()], ct);
        List<WorkItem> items =
        [
            .. alerts.Select(a => new WorkItem(WorkKind.Alert, a.PatientId, Name(a.GivenName, a.FamilyName), a.Id, a.RaisedAt)),
            .. waiting.Select(s =>
            {
                if (s.OnDemand)
                {
                    return new WorkItem(WorkKind.FeedbackDue, s.PatientId, Name(s.GivenName, s.FamilyName), s.Id, s.SubmittedAt);
                }

                var deadline = FeedbackDeadline.For(ClinicCalendar.DateOf(s.SubmittedAt), settings.FeedbackWorkingDays, calendars[s.SiteId], today);
                var kind = deadline.IsOverdue ? WorkKind.FeedbackOverdue : WorkKind.FeedbackDue;
                return new WorkItem(kind, s.PatientId, Name(s.GivenName, s.FamilyName), s.Id, s.SubmittedAt, deadline);
            }),
            .. reviews.Select(r => new WorkItem(WorkKind.Review, r.PatientId, Name(r.GivenName, r.FamilyName), r.Id, r.At)),
            .. messages.Select(m => new WorkItem(WorkKind.NewMessage, m.PatientId, Name(m.GivenName, m.FamilyName), m.PatientId, m.Since)),
            .. inactive.Select(i => new WorkItem(WorkKind.Inactive, i.Id, Name(i.GivenName, i.FamilyName), i.Id, i.At!.Value)),
            .. questionnaires.Select(q => new WorkItem(
                WorkKind.QuestionnaireOverdue, q.PatientId, Name(q.GivenName, q.FamilyName), q.Id, ClinicTime.StartOfDay(q.DueUntil.AddDays(1)))),
        ];
        audit.RecordSearch(viewer, "Worklist", "caseload, covered caseload, addressed alerts and team reviews");
        return new WorklistView(WorkItem.InOrder(items), settings.InactiveDays);
    }

    private static string Name(string given, string family) => $"{given} {family}";

    private sealed record Review(Guid Id, Guid PatientId, string GivenName, string FamilyName, DateTimeOffset At);
}

/// <summary>The worklist in working order, with the count per kind.</summary>
public sealed record WorklistView(IReadOnlyList<WorkItem> Items, int InactiveDays)
{
    public int Count(WorkKind kind) => Items.Count(i => i.Kind == kind);
}
