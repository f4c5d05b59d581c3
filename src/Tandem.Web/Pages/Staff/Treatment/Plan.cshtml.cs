using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Programmes;
using Tandem.Domain.Treatment;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Treatment;

/// <summary>
/// A patient's treatment plan and the log of every change to it. Everyone who may see the patient may read it;
/// only the patient's own therapist changes it, and every change except unlocking needs a reason.
/// </summary>
public sealed class PlanModel(AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public Domain.Patients.Patient Record { get; private set; } = null!;
    public Enrolment? Enrolment { get; private set; }
    public Programme? Programme { get; private set; }
    public bool IsOwnTherapist { get; private set; }
    public bool CanChange => IsOwnTherapist && Enrolment is { Status: EnrolmentStatus.Active } && Programme is not null;
    public string EnrolledBy { get; private set; } = "";
    public IReadOnlyList<LogRow> Log { get; private set; } = [];

    /// <summary>Modules of the programme that are not in the plan and could be added.</summary>
    public IReadOnlyList<Module> Addable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        Enrolment?.Refresh(clock.GetUtcNow());
        audit.Record(User.AsViewer(), Record, AuditAction.Read, "TreatmentPlan", Enrolment?.Id.ToString());
        await db.SaveChangesAsync(ct);
        await LoadDisplayAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, reasonRequired: false, (e, p, by, reason, now) => e.UnlockModule(Input.ModuleId, by, reason, now), ct);

    public Task<IActionResult> OnPostHideAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, reasonRequired: true, (e, p, by, reason, now) => e.Hide(Input.ModuleId, by, reason!, now), ct);

    public Task<IActionResult> OnPostShowAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, reasonRequired: true, (e, p, by, reason, now) => e.Show(Input.ModuleId, by, reason!, now), ct);

    public Task<IActionResult> OnPostSkipAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, reasonRequired: true, (e, p, by, reason, now) => e.Skip(Input.ModuleId, by, reason!, now), ct);

    public Task<IActionResult> OnPostMoveUpAsync(Guid id, CancellationToken ct) => MoveAsync(id, -1, ct);

    public Task<IActionResult> OnPostMoveDownAsync(Guid id, CancellationToken ct) => MoveAsync(id, +1, ct);

    public Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, reasonRequired: true, (e, p, by, reason, now) => e.Add(p, Input.ModuleId, by, reason!, now), ct);

    /// <summary>Records the variant of a variant step; the reason is optional and notes what the choice rests on.</summary>
    public Task<IActionResult> OnPostVariantAsync(Guid id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Variant))
        {
            ModelState.AddModelError("Input.Variant", text["treatment.plan.variant-required"]);
        }

        return ChangeAsync(id, reasonRequired: false, (e, p, by, reason, now) => e.ChooseVariant(p, Input.ModuleId, Input.Variant!, by, now, reason), ct);
    }

    /// <summary>Switches the guidance mode (a reason is kept in the log, as for every change to the plan).</summary>
    public Task<IActionResult> OnPostGuidanceAsync(Guid id, CancellationToken ct)
    {
        ModelState.Remove("Input.ModuleId");
        return ChangeAsync(id, reasonRequired: true, (e, p, by, reason, now) => e.ChangeGuidance(Input.Guidance ?? e.Guidance, by, reason!, now), ct);
    }

    /// <summary>Ends the treatment with how it ended; every ending but completion needs a note (for the completion and dropout figures).</summary>
    public Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken ct)
    {
        if (Input.Ending is null)
        {
            ModelState.AddModelError("Input.Ending", text["treatment.end.choose"]);
        }

        return ChangeAsync(id, reasonRequired: Input.Ending is not TreatmentEnding.Completed,
            (e, p, by, reason, now) => e.End(Input.Ending!.Value, by, reason, now), ct);
    }

    private Task<IActionResult> MoveAsync(Guid id, int step, CancellationToken ct) =>
        ChangeAsync(id, reasonRequired: true, (e, p, by, reason, now) =>
        {
            var index = e.Modules.ToList().IndexOf(e.Find(Input.ModuleId));
            e.Move(Input.ModuleId, index + step, by, reason!, now);
        }, ct);

    private async Task<IActionResult> ChangeAsync(
        Guid id, bool reasonRequired, Action<Enrolment, Programme, Guid, string?, DateTimeOffset> change, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        if (!IsOwnTherapist)
        {
            return Forbid();
        }

        if (!CanChange)
        {
            return NotFound();
        }

        if (reasonRequired && string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", text[TreatmentRules.ReasonRequired.Code]);
        }

        if (!ModelState.IsValid)
        {
            await LoadDisplayAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        try
        {
            change(Enrolment!, Programme!, User.UserId(), Input.Reason, clock.GetUtcNow());
        }
        catch (DomainRuleException broken)
        {
            // A stale tab or a double submit: say why and show the plan as it is (not the handler's address).
            TempData[Flash.Error] = text[broken.Rule.Code].Value;
            return RedirectToPage(new { id });
        }

        audit.Record(User.AsViewer(), Record, AuditAction.Update, "TreatmentPlan", Enrolment!.Id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["treatment.plan.saved"].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The patient in scope (else 404) and their current enrolment with its plan, tracked for changes.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Record = patient;
        IsOwnTherapist = viewer.ActingRole(patient) == Role.Therapist;
        Enrolment = await db.Enrolments.Include("_modules")
            .Where(e => e.PatientId == id)
            .OrderBy(e => e.Status == EnrolmentStatus.Active ? 0 : 1).ThenByDescending(e => e.EnrolledAt)
            .FirstOrDefaultAsync(ct);
        Programme = Enrolment is null ? null : catalog.Find(Enrolment.ProgrammeId);
        return null;
    }

    private async Task LoadDisplayAsync(CancellationToken ct)
    {
        if (Enrolment is null)
        {
            return;
        }

        var enrolledBy = Enrolment.EnrolledByUserId;
        EnrolledBy = await db.Users.Where(u => u.Id == enrolledBy).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "";
        var enrolmentId = Enrolment.Id;
        var rows = await (
            from a in db.Adaptations.AsNoTracking()
            where a.EnrolmentId == enrolmentId
            join u in db.Users on a.ByUserId equals u.Id
            orderby a.At descending
            select new LogRow(a.At, u.DisplayName, a.Kind, a.ModuleId, a.Detail, a.Reason)).ToListAsync(ct);
        Log = rows;
        if (Programme is not null)
        {
            var planned = Enrolment.Modules.SelectMany(m => Programme.Steps.FirstOrDefault(s => s.Id == m.StepId)?.ModuleIds ?? [m.ModuleId ?? m.StepId])
                .ToHashSet(StringComparer.Ordinal);
            Addable = [.. Programme.Steps.SelectMany(s => s.ModuleIds).Where(m => !planned.Contains(m)).Select(Programme.FindModule).OfType<Module>()];
        }
    }

    /// <summary>The title of a planned place: its module, or for an unresolved variant step its variants.</summary>
    public string TitleOf(PlannedModule place)
    {
        var lang = UiLanguage.Current;
        if (Programme is null)
        {
            return place.ModuleId ?? place.StepId;
        }

        if (place.ModuleId is { } moduleId)
        {
            return Programme.FindModule(moduleId)?.Title.For(lang) ?? moduleId;
        }

        return Programme.Steps.OfType<VariantStep>().FirstOrDefault(s => s.Id == place.StepId) is { } step
            ? text["treatment.variant-step", string.Join(" / ", step.Variants.Select(v => Programme.FindModule(v.Module)?.Title.For(lang) ?? v.Module))]
            : place.StepId;
    }

    public string TitleOf(string moduleId) => Programme?.FindModule(moduleId)?.Title.For(UiLanguage.Current) ?? moduleId;

    /// <summary>The variant step of a place whose variant can still be chosen (locked), if any.</summary>
    public VariantStep? VariantStepOf(PlannedModule place) =>
        place.Status == ModuleStatus.Locked ? Programme?.Steps.OfType<VariantStep>().FirstOrDefault(s => s.Id == place.StepId) : null;

    public sealed record LogRow(DateTimeOffset At, string Who, AdaptationKind Kind, string ModuleId, string? Detail, string? Reason);

    public sealed class ChangeInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(64, ErrorMessage = "validation.too-long")]
        [Display(Name = "treatment.plan.module")]
        public string ModuleId { get; set; } = "";

        [StringLength(Adaptation.MaxReasonLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "treatment.plan.reason")]
        public string? Reason { get; set; }

        public GuidanceMode? Guidance { get; set; }

        public TreatmentEnding? Ending { get; set; }

        [StringLength(64, ErrorMessage = "validation.too-long")]
        [Display(Name = "treatment.plan.variant")]
        public string? Variant { get; set; }
    }
}
