using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Outreach;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Staff.Patients;

/// <summary>
/// A therapist registers a patient at their own site and team and e-mails them an invitation. Opened from a referral
/// in the intake queue (<c>?referral={id}</c>, nothing else in the address), the form starts with what the referral
/// holds, and sending it closes the referral as invited, pointing to the new patient, in the same transaction.
/// </summary>
public sealed class InvitePatientModel(
    AppDbContext db, AuditTrail audit, AccountMail mail, ReferralSources referrals, TimeProvider clock, IOptions<AppOptions> options, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty]
    public PatientInput Input { get; set; } = new();

    /// <summary>The intake referral this invitation comes from, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "referral")]
    public Guid? ReferralId { get; set; }

    public ReferralSource? Source { get; private set; }

    /// <summary>Why the referral cannot be invited from here; the form is then not shown.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadSourceAsync(tracked: false, ct) is { } refused)
        {
            return refused;
        }

        if (Source is { Referral: var referral })
        {
            var (givenName, familyName) = referral.ProposedNames();
            Input = new PatientInput { GivenName = givenName, FamilyName = familyName, Email = referral.Email ?? "" };
            audit.RecordOrganisational(User.AsViewer(), AuditAction.Read, nameof(Referral), referral.Id.ToString());
            await db.SaveChangesAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (viewer.SiteId is not { } siteId || viewer.TeamId is not { } teamId)
        {
            ModelState.AddModelError(string.Empty, text["invite-patient.no-team"]);
            return Page();
        }

        if (await LoadSourceAsync(tracked: true, ct) is { } refused)
        {
            return refused;
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
        if (Source is { Referral: var referral })
        {
            db.ReferralEvents.Add(referral.Invite(patient.Id, viewer.UserId, now));
            audit.RecordOrganisational(viewer, AuditAction.Update, nameof(Referral), referral.Id.ToString());
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (Source is not null)
        {
            // Status is the referral's concurrency token: someone else moved it first, so nothing was stored or sent.
            return Refuse(StatusCodes.Status409Conflict, "intake.invite-raced");
        }

        await mail.SendInvitationAsync(issued, ct);
        TempData[Flash.Info] = text[Source is null ? "invite-patient.sent" : "intake.invite-sent", patient.FullName].Value;
        return RedirectToPage("/Staff/Patients/Detail", new { id = patient.Id });
    }

    /// <summary>Loads the referral named in the request, if any: not a valid id → 400, outside the viewer's intake → 404, not invitable → 409.</summary>
    private async Task<IActionResult?> LoadSourceAsync(bool tracked, CancellationToken ct)
    {
        if (ModelState.GetFieldValidationState("referral") == ModelValidationState.Invalid)
        {
            return Refuse(StatusCodes.Status400BadRequest, "intake.invite-bad-referral");
        }

        if (ReferralId is not { } id)
        {
            return null;
        }

        Source = await referrals.FindAsync(User.AsViewer(), id, tracked, ct);
        return Source is null ? NotFound()
            : Source.Referral.CanInvite ? null
            : Refuse(StatusCodes.Status409Conflict, Source.Referral.Status == ReferralStatus.Invited ? OutreachRules.AlreadyInvited.Code : OutreachRules.NotYetInvitable.Code);
    }

    private PageResult Refuse(int statusCode, string message)
    {
        Refusal = text[message].Value;
        return new PageResult { StatusCode = statusCode };
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
