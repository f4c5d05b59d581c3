using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Guidance;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Guidance;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Team;

/// <summary>
/// The supervisor's team view: per therapist of the team their caseload and open work (feedback overdue and due,
/// feedback waiting for approval, unread messages, open alerts), and whether their feedback needs approval.
/// </summary>
public sealed class TeamIndexModel(AppDbContext db, AuditTrail audit, IOptions<GuidanceOptions> options, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    public IReadOnlyList<TherapistWork> Therapists { get; private set; } = [];

    public sealed record TherapistWork(Guid Id, string Name, bool NeedsApproval, int Caseload, int Overdue, int Due, int ToApprove, int Messages, int Alerts);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.AsViewer() is not { TeamId: { } teamId } viewer || !viewer.Has(Role.Supervisor))
        {
            return Forbid();
        }

        await LoadAsync(viewer, teamId, ct);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>Sets whether a therapist's feedback waits for a supervisor's approval (trainees).</summary>
    public async Task<IActionResult> OnPostApprovalAsync(Guid therapistId, bool needsApproval, CancellationToken ct)
    {
        if (User.AsViewer() is not { TeamId: { } teamId } viewer || !viewer.Has(Role.Supervisor))
        {
            return Forbid();
        }

        var therapist = await db.Therapists(viewer.OrganisationId).SingleOrDefaultAsync(u => u.Id == therapistId && u.TeamId == teamId, ct);
        if (therapist is null)
        {
            return NotFound();
        }

        therapist.FeedbackNeedsApproval = needsApproval;
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text[needsApproval ? "team.approval-on" : "team.approval-off", therapist.DisplayName].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(Viewer viewer, Guid teamId, CancellationToken ct)
    {
        var settings = options.Value;
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        var team = await db.Therapists(viewer.OrganisationId).Where(u => u.TeamId == teamId).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.FeedbackNeedsApproval }).ToListAsync(ct);
        var patients = db.Patients.VisibleTo(viewer).Where(p => p.TeamId == teamId && p.Status != PatientStatus.Closed);
        var caseload = await patients.GroupBy(p => p.TherapistId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var waiting = await (
                from s in db.Submissions
                join p in patients on s.PatientId equals p.Id
                where s.Feedback == null
                select new
                {
                    p.TherapistId,
                    p.SiteId,
                    s.SubmittedAt,
                    OnDemand = db.Enrolments.Any(e => e.PatientId == p.Id && e.Status == EnrolmentStatus.Active && e.Guidance == GuidanceMode.OnDemand),
                })
            .ToListAsync(ct);
        Guid[] sites = [.. waiting.Select(w => w.SiteId).Distinct()];
        var calendars = await WorkingCalendars.ForSitesAsync(db, settings, sites, ct);
        var feedbackDays = await WorkingCalendars.FeedbackDaysAsync(db, settings, sites, ct);
        var overdue = waiting
            .Where(w => !w.OnDemand && FeedbackDeadline.For(ClinicCalendar.DateOf(w.SubmittedAt), feedbackDays[w.SiteId], calendars[w.SiteId], today).IsOverdue)
            .CountBy(w => w.TherapistId).ToDictionary();
        var waitingBy = waiting.CountBy(w => w.TherapistId).ToDictionary();
        var toApprove = await (
                from s in db.Submissions
                join p in patients on s.PatientId equals p.Id
                where s.Feedback != null && s.FeedbackReleasedAt == null
                group s by s.FeedbackByUserId into g
                select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key ?? Guid.Empty, g => g.Count, ct);
        var messages = await (
                from p in patients
                where db.Messages.Any(m => m.PatientId == p.Id && m.FromPatient && m.ReadAt == null)
                group p by p.TherapistId into g
                select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var alerts = await (
                from a in db.MeasurementAlerts
                join p in patients on a.PatientId equals p.Id
                where a.AcknowledgedAt == null
                group a by p.TherapistId into g
                select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        Therapists = [.. team.Select(t =>
        {
            var late = overdue.GetValueOrDefault(t.Id);
            return new TherapistWork(
                t.Id, t.DisplayName, t.FeedbackNeedsApproval, caseload.GetValueOrDefault(t.Id), late, waitingBy.GetValueOrDefault(t.Id) - late,
                toApprove.GetValueOrDefault(t.Id), messages.GetValueOrDefault(t.Id), alerts.GetValueOrDefault(t.Id));
        })];
        audit.RecordSearch(viewer, "TeamWork", "open work per therapist of the team");
    }
}
