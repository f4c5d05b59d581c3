using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;

namespace Tandem.Web.Pages.Staff.Patients;

/// <summary>A therapist registers a patient at their own site and team and e-mails them an invitation.</summary>
public sealed class InvitePatientModel(
    AppDbContext db, AuditTrail audit, AccountMail mail, TimeProvider clock, IOptions<AppOptions> options, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty]
    public PatientInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (viewer.SiteId is not { } siteId || viewer.TeamId is not { } teamId)
        {
            ModelState.AddModelError(string.Empty, text["invite-patient.no-team"]);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var normalized = email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct)
            || await db.Patients.AnyAsync(p => p.OrganisationId == viewer.OrganisationId && p.Email == email, ct))
        {
            ModelState.AddModelError("Input.Email", text["invite-patient.email-taken"]);
            return Page();
        }

        // fhir: the clinic's own patient number, unique within the organisation
        var recordNumber = string.IsNullOrWhiteSpace(Input.RecordNumber) ? null : Input.RecordNumber.Trim();
        if (recordNumber is not null && await db.Patients.AnyAsync(p => p.OrganisationId == viewer.OrganisationId && p.RecordNumber == recordNumber, ct))
        {
            ModelState.AddModelError("Input.RecordNumber", text["invite-patient.record-number-taken"]);
            return Page();
        }

        var now = clock.GetUtcNow();
        var patient = new Domain.Patients.Patient(viewer.OrganisationId, siteId, teamId, viewer.UserId, Input.GivenName, Input.FamilyName, email, now);
        patient.SetRecordNumber(recordNumber);
        var issued = Invitation.ForPatient(
            viewer.OrganisationId, siteId, patient.Id, email, patient.FullName, viewer.UserId, now, TimeSpan.FromDays(options.Value.InvitationValidDays));
        db.Patients.Add(patient);
        db.Invitations.Add(issued.Invitation);
        audit.Record(viewer, patient, AuditAction.Create, "Patient");
        await db.SaveChangesAsync(ct);
        await mail.SendInvitationAsync(issued, ct);

        TempData[Flash.Info] = text["invite-patient.sent", patient.FullName].Value;
        return RedirectToPage("/Staff/Patients/Detail", new { id = patient.Id });
    }

    public sealed class PatientInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(100, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.given-name")]
        public string GivenName { get; set; } = "";

        [Required(ErrorMessage = "validation.required")]
        [StringLength(100, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.family-name")]
        public string FamilyName { get; set; } = "";

        [Required(ErrorMessage = "validation.required")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [StringLength(256, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.email")]
        public string Email { get; set; } = "";

        [StringLength(32, ErrorMessage = "validation.too-long")]
        [RegularExpression("^[A-Za-z0-9./-]+$", ErrorMessage = "patient.record-number-invalid")]
        [Display(Name = "invite-patient.record-number")]
        public string? RecordNumber { get; set; }
    }
}
