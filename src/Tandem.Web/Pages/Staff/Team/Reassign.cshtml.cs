using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Team;

/// <summary>
/// A supervisor moves a patient of their team permanently to another therapist of the organisation, with the reason;
/// the patient's site and team follow the new therapist's. Earlier moves are listed with who, when and why.
/// </summary>
public sealed class ReassignModel(AppDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public ReassignInput Input { get; set; } = new();

    public Domain.Patients.Patient Patient { get; private set; } = null!;
    public string CurrentTherapist { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Choices { get; private set; } = [];
    public IReadOnlyList<(DateTimeOffset At, string From, string To, string By, string Reason)> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid patientId, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct))
        {
            return NotFound();
        }

        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid patientId, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct))
        {
            return NotFound();
        }

        var viewer = User.AsViewer();
        var target = Input.TherapistId is { } id
            ? await db.Therapists(viewer.OrganisationId).Where(u => u.Id == id && u.TeamId != null)
                .Select(u => new { u.Id, TeamId = u.TeamId!.Value, SiteId = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.SiteId).Single() })
                .SingleOrDefaultAsync(ct)
            : null;
        if (target is null)
        {
            ModelState.AddModelError("Input.TherapistId", text["reassign.choose"]);
        }

        if (ModelState.IsValid && target is not null)
        {
            try
            {
                db.Reassignments.Add(new Reassignment(Patient.Id, Patient.TherapistId, target.Id, Input.Reason, viewer.UserId, clock.GetUtcNow()));
                audit.Record(viewer, Patient, AuditAction.Update, nameof(Reassignment));
                Patient.AssignTherapist(target.Id, target.SiteId, target.TeamId);
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["reassign.done", Patient.FullName].Value;
                return RedirectToPage("/Staff/Team/Index");
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError(refused.Rule == GuidanceRules.ReassignSame ? "Input.TherapistId" : "Input.Reason", text[refused.Rule.Code]);
            }
        }

        db.ChangeTracker.Clear();
        var input = Input;
        await LoadAsync(patientId, ct);
        Input = input;
        await db.SaveChangesAsync(ct);
        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    /// <summary>The patient, if the viewer supervises their team (anyone else: 404).</summary>
    private async Task<bool> LoadAsync(Guid patientId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).SingleOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null || !viewer.Has(Role.Supervisor) || patient.TeamId != viewer.TeamId)
        {
            return false;
        }

        Patient = patient;
        var therapists = await db.Therapists(viewer.OrganisationId)
            .Select(u => new { u.Id, u.DisplayName, Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var names = await db.Users.Where(u => u.OrganisationId == viewer.OrganisationId).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        CurrentTherapist = names.GetValueOrDefault(patient.TherapistId, "");
        Choices = [.. therapists.Where(t => t.Id != patient.TherapistId).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)
            .Select(t => (t.Id, t.Team is null ? t.DisplayName : $"{t.DisplayName} ({t.Team})"))];
        History = [.. (await db.Reassignments.AsNoTracking().Where(r => r.PatientId == patient.Id).OrderByDescending(r => r.At).ToListAsync(ct))
            .Select(r => (r.At, names.GetValueOrDefault(r.FromTherapistId, ""), names.GetValueOrDefault(r.ToTherapistId, ""), names.GetValueOrDefault(r.ByUserId, ""), r.Reason))];
        audit.Record(viewer, patient, AuditAction.Read, nameof(Reassignment));
        return true;
    }

    public sealed class ReassignInput
    {
        public Guid? TherapistId { get; set; }

        [StringLength(Reassignment.MaxReasonLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "reassign.reason")]
        public string? Reason { get; set; }
    }
}
