using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Outreach;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Staff.Intake;

/// <summary>
/// One referral for the staff of its site (anyone else: not found): what was sent, its history, and the next status
/// with a note. Every opening is an audited read, every status change an audited update.
/// </summary>
public sealed class ReferralDetailModel(AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public sealed record EventLine(ReferralEvent Event, string By);

    public Referral Referral { get; private set; } = null!;
    public string? Programme { get; private set; }
    public IReadOnlyList<EventLine> Events { get; private set; } = [];
    public bool MayInvite { get; private set; }

    /// <summary>The patient this referral was invited as, when the viewer may open their record.</summary>
    public (Guid Id, string Name)? InvitedPatient { get; private set; }

    [BindProperty]
    public StatusInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!User.AsViewer().WorksIntake())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, tracked: false, ct))
        {
            return NotFound();
        }

        audit.RecordOrganisational(User.AsViewer(), AuditAction.Read, nameof(Referral), id.ToString());
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.WorksIntake())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, tracked: true, ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var change = Referral.MoveTo(Input.Status!.Value, viewer.UserId, Input.Note, clock.GetUtcNow());
                db.ReferralEvents.Add(change);
                audit.RecordOrganisational(viewer, AuditAction.Update, nameof(Referral), id.ToString());
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["intake.saved"].Value;
                return RedirectToPage(new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError("Input.Status", text[refused.Rule.Code]);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("Input.Status", text[OutreachRules.StatusChange.Code]);
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, tracked: false, ct);
        audit.RecordOrganisational(viewer, AuditAction.Read, nameof(Referral), id.ToString());
        await db.SaveChangesAsync(ct);
        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    private async Task<bool> LoadAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var referrals = db.Referrals.InIntakeOf(viewer);
        var referral = await (tracked ? referrals : referrals.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return false;
        }

        Referral = referral;
        Programme = referral.ProgrammeId is { } programmeId ? catalog.Find(programmeId)?.Title.For(UiLanguage.Current) ?? programmeId : null;
        MayInvite = viewer.Has(Role.Therapist);
        if (referral.PatientId is { } patientId)
        {
            var patient = await db.Patients.VisibleTo(viewer).Where(p => p.Id == patientId).Select(p => new { p.GivenName, p.FamilyName }).SingleOrDefaultAsync(ct);
            InvitedPatient = patient is null ? null : (patientId, $"{patient.GivenName} {patient.FamilyName}");
        }

        Events = await (
                from e in db.ReferralEvents.AsNoTracking()
                join u in db.Users on e.ByUserId equals u.Id
                where e.ReferralId == id
                orderby e.At descending, e.Id descending
                select new EventLine(e, u.DisplayName))
            .ToListAsync(ct);
        return true;
    }

    public sealed class StatusInput
    {
        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "intake.new-status")]
        public ReferralStatus? Status { get; set; }

        [StringLength(ReferralEvent.MaxNoteLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "intake.note")]
        public string? Note { get; set; }
    }
}
