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

        // One round trip for the caseload's kinds (each oldest first, at most PerKind), the review queue apart. Columns a
        // kind does not use carry a typed parameter rather than NULL, which PostgreSQL cannot type in a UNION.
        var quietSince = now.AddDays(-settings.InactiveDays);
        var alerts =
            (from a in db.MeasurementAlerts
             join p in db.Patients on a.PatientId equals p.Id
             where a.AcknowledgedAt == null
                 && (own.Any(o => o.Id == p.Id) || db.AlertRecipients.Any(r => r.AlertId == a.Id && r.UserId == viewer.UserId))
             orderby a.RaisedAt
             select new Row { Kind = (int)WorkKind.Alert, Id = a.Id, PatientId = a.PatientId, GivenName = p.GivenName, FamilyName = p.FamilyName, SiteId = p.SiteId, At = a.RaisedAt, Due = today, OnDemand = false })
            .Take(PerKind);
        var waiting =
            (from s in db.Submissions
             join p in own on s.PatientId equals p.Id
             where s.Feedback == null
             orderby s.SubmittedAt
             select new Row
             {
                 Kind = (int)WorkKind.FeedbackDue,
                 Id = s.Id,
                 PatientId = s.PatientId,
                 GivenName = p.GivenName,
                 FamilyName = p.FamilyName,
                 SiteId = p.SiteId,
                 At = s.SubmittedAt,
                 Due = today,
                 OnDemand = db.Enrolments.Any(e => e.PatientId == p.Id && e.Status == EnrolmentStatus.Active && e.Guidance == GuidanceMode.OnDemand),
             })
            .Take(2 * PerKind);
        var messages =
            (from m in db.Messages
             join p in own on m.PatientId equals p.Id
             where m.ReadAt == null && m.FromPatient
             group m by new { m.PatientId, p.GivenName, p.FamilyName, p.SiteId } into thread
             orderby thread.Min(m => m.SentAt)
             select new Row { Kind = (int)WorkKind.NewMessage, Id = thread.Key.PatientId, PatientId = thread.Key.PatientId, GivenName = thread.Key.GivenName, FamilyName = thread.Key.FamilyName, SiteId = thread.Key.SiteId, At = thread.Min(m => m.SentAt), Due = today, OnDemand = false })
            .Take(PerKind);
        var inactive =
            (from a in PatientActivity.Of(db, own.Where(p => p.Status == PatientStatus.Active))
             where a.At < quietSince
             orderby a.At
             select new Row { Kind = (int)WorkKind.Inactive, Id = a.PatientId, PatientId = a.PatientId, GivenName = a.Patient.GivenName, FamilyName = a.Patient.FamilyName, SiteId = a.Patient.SiteId, At = a.At, Due = today, OnDemand = false })
            .Take(PerKind);
        var questionnaires =
            (from r in db.MeasurementRequests
             join p in own on r.PatientId equals p.Id
             where r.CompletedAt == null && r.CancelledAt == null && r.DueUntil < today
             orderby r.DueUntil
             select new Row { Kind = (int)WorkKind.QuestionnaireOverdue, Id = r.Id, PatientId = r.PatientId, GivenName = p.GivenName, FamilyName = p.FamilyName, SiteId = p.SiteId, At = now, Due = r.DueUntil, OnDemand = false })
            .Take(PerKind);
        var rows = await alerts.Concat(waiting).Concat(messages).Concat(inactive).Concat(questionnaires).ToListAsync(ct);

        // A supervisor's review queue (no query for anyone else).
        var reviews = viewer.Has(Role.Supervisor) && viewer.TeamId is { } teamId
            ? await (
                    from s in db.Submissions
                    join p in db.Patients.VisibleTo(viewer) on s.PatientId equals p.Id
                    where p.TeamId == teamId && s.Feedback != null && s.FeedbackReleasedAt == null
                    orderby s.FeedbackAt
                    select new { s.Id, s.PatientId, p.GivenName, p.FamilyName, At = s.FeedbackAt!.Value })
                .Take(PerKind).ToListAsync(ct)
            : [];

        var waitingRows = rows.Where(r => r.Kind == (int)WorkKind.FeedbackDue).ToList();
        Guid[] deadlineSites = [.. waitingRows.Where(r => !r.OnDemand).Select(w => w.SiteId).Distinct()];
        var calendars = await WorkingCalendars.ForSitesAsync(db, settings, deadlineSites, ct);
        var feedbackDays = await WorkingCalendars.FeedbackDaysAsync(db, settings, deadlineSites, ct);
        List<WorkItem> items =
        [
            .. rows.Where(r => r.Kind != (int)WorkKind.FeedbackDue).Select(r => new WorkItem(
                (WorkKind)r.Kind, r.PatientId, Name(r.GivenName, r.FamilyName), r.Id,
                r.Kind == (int)WorkKind.QuestionnaireOverdue ? ClinicTime.StartOfDay(r.Due!.Value.AddDays(1)) : r.At!.Value)),
            .. waitingRows.Select(s =>
            {
                if (s.OnDemand)
                {
                    return new WorkItem(WorkKind.FeedbackDue, s.PatientId, Name(s.GivenName, s.FamilyName), s.Id, s.At!.Value);
                }

                var deadline = FeedbackDeadline.For(ClinicCalendar.DateOf(s.At!.Value), feedbackDays[s.SiteId], calendars[s.SiteId], today);
                var kind = deadline.IsOverdue ? WorkKind.FeedbackOverdue : WorkKind.FeedbackDue;
                return new WorkItem(kind, s.PatientId, Name(s.GivenName, s.FamilyName), s.Id, s.At!.Value, deadline);
            }),
            .. reviews.Select(r => new WorkItem(WorkKind.Review, r.PatientId, Name(r.GivenName, r.FamilyName), r.Id, r.At)),
        ];
        audit.RecordSearch(viewer, "Worklist", "caseload, covered caseload, addressed alerts and team reviews");
        return new WorklistView(WorkItem.InOrder(items), settings.InactiveDays);
    }

    private static string Name(string given, string family) => $"{given} {family}";

    /// <summary>One line of the combined query (a class with settable members, as set operations need).</summary>
    private sealed class Row
    {
        public int Kind { get; init; }
        public Guid Id { get; init; }
        public Guid PatientId { get; init; }
        public string GivenName { get; init; } = "";
        public string FamilyName { get; init; } = "";
        public Guid SiteId { get; init; }
        public DateTimeOffset? At { get; init; }
        public DateOnly? Due { get; init; }
        public bool OnDemand { get; init; }
    }
}

/// <summary>The worklist in working order, with the count per kind.</summary>
public sealed record WorklistView(IReadOnlyList<WorkItem> Items, int InactiveDays)
{
    public int Count(WorkKind kind) => Items.Count(i => i.Kind == kind);
}
