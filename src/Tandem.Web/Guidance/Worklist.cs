using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Guidance;
using Tandem.Domain.Patients;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Reminders;

namespace Tandem.Web.Guidance;

/// <summary>
/// The therapist's worklist: across their own caseload, open alerts, feedback overdue and due, questionnaires
/// overdue and patients gone quiet, plus every open alert addressed to them (as cover or escalation). Computed from
/// the records on each request, so it is never stale and two therapists acting at once both see the outcome.
/// </summary>
public sealed class Worklist(AppDbContext db, AuditTrail audit, IOptions<GuidanceOptions> options, TimeProvider clock)
{
    /// <summary>At most this many lines per kind (a caseload rarely has more; the oldest come first).</summary>
    public const int PerKind = 100;

    public async Task<WorklistView> LoadAsync(Viewer viewer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var today = ClinicCalendar.DateOf(now);
        var calendar = new WorkingCalendar(settings.Holidays);
        var own = db.Patients.VisibleTo(viewer).Where(p => p.TherapistId == viewer.UserId && p.Status != PatientStatus.Closed);

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
                select new { s.Id, s.PatientId, p.GivenName, p.FamilyName, s.SubmittedAt })
            .Take(2 * PerKind).ToListAsync(ct);

        var questionnaires = await (
                from r in db.MeasurementRequests
                join p in own on r.PatientId equals p.Id
                where r.CompletedAt == null && r.CancelledAt == null && r.DueUntil < today
                orderby r.DueUntil
                select new { r.Id, r.PatientId, p.GivenName, p.FamilyName, r.DueUntil })
            .Take(PerKind).ToListAsync(ct);

        var quietSince = now.AddDays(-settings.InactiveDays);
        var inactive = await (
                from a in PatientActivity.Of(db, own.Where(p => p.Status == PatientStatus.Active))
                join p in db.Patients on a.PatientId equals p.Id
                where a.At != null && a.At < quietSince
                orderby a.At
                select new { p.Id, p.GivenName, p.FamilyName, a.At })
            .Take(PerKind).ToListAsync(ct);

        List<WorkItem> items =
        [
            .. alerts.Select(a => new WorkItem(WorkKind.Alert, a.PatientId, Name(a.GivenName, a.FamilyName), a.Id, a.RaisedAt)),
            .. waiting.Select(s =>
            {
                var deadline = FeedbackDeadline.For(ClinicCalendar.DateOf(s.SubmittedAt), settings.FeedbackWorkingDays, calendar, today);
                var kind = deadline.IsOverdue ? WorkKind.FeedbackOverdue : WorkKind.FeedbackDue;
                return new WorkItem(kind, s.PatientId, Name(s.GivenName, s.FamilyName), s.Id, s.SubmittedAt, deadline);
            }),
            .. questionnaires.Select(q => new WorkItem(
                WorkKind.QuestionnaireOverdue, q.PatientId, Name(q.GivenName, q.FamilyName), q.Id, ClinicTime.StartOfDay(q.DueUntil.AddDays(1)))),
            .. inactive.Select(i => new WorkItem(WorkKind.Inactive, i.Id, Name(i.GivenName, i.FamilyName), i.Id, i.At!.Value)),
        ];
        audit.RecordSearch(viewer, "Worklist", "own caseload and addressed alerts");
        return new WorklistView(WorkItem.InOrder(items), settings.InactiveDays);
    }

    private static string Name(string given, string family) => $"{given} {family}";
}

/// <summary>The worklist in working order, with the count per kind.</summary>
public sealed record WorklistView(IReadOnlyList<WorkItem> Items, int InactiveDays)
{
    public int Count(WorkKind kind) => Items.Count(i => i.Kind == kind);
}
