using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Diaries;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Diaries;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Diaries;

/// <summary>
/// A patient's diaries for staff (read-only charts and tables of the last 28 days) and the graded-activity target.
/// Only the patient's own therapist sets the target or accepts a proposal; supervisors and managers in scope read.
/// </summary>
public sealed class StaffDiariesModel(
    AppDbContext db, AuditTrail audit, TimeProvider clock, GradedTarget rules, ProgrammeCatalog catalog, IStringLocalizer<Text> text)
    : PageModel
{
    public const int Period = 28;

    public Domain.Patients.Patient Record { get; private set; } = null!;
    public DiaryData Data { get; private set; } = null!;
    public TargetStatus? Target { get; private set; }
    public bool MayWrite { get; private set; }

    [BindProperty]
    public TargetInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = Target is { } status
            ? new TargetInput
            {
                BaselineMinutes = status.Target.BaselineMinutes,
                IncrementKind = status.Target.IncrementKind,
                Increment = status.Target.Increment,
                StepIntervalDays = status.Target.StepIntervalDays,
                StartsOn = status.Target.StartsOn,
            }
            : Defaults();
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTargetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!MayWrite)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }

        // Set checks every value before changing anything, so a refused target leaves nothing to save.
        var target = Target?.Target ?? ActivityTarget.For(Record.Id);
        try
        {
            target.Set(Input.BaselineMinutes!.Value, Input.IncrementKind, Input.Increment!.Value, Input.StepIntervalDays!.Value, Input.StartsOn!.Value,
                User.AsViewer().UserId, clock.GetUtcNow());
        }
        catch (DomainRuleException broken)
        {
            ModelState.AddModelError(string.Empty, text[broken.Rule.Code]);
            return await InvalidAsync(ct);
        }

        if (Target is null)
        {
            db.ActivityTargets.Add(target);
        }

        audit.Record(User.AsViewer(), Record, Target is null ? AuditAction.Create : AuditAction.Update, DiaryObjects.Target, target.Id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["diary.target.saved"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!MayWrite)
        {
            return Forbid();
        }

        if (Target is not { Proposal: { } proposal } status)
        {
            throw new DomainRuleException(DiaryRules.NoProposal);
        }

        var now = clock.GetUtcNow();
        status.Target.Accept(proposal, ClinicCalendar.DateOf(now), User.AsViewer().UserId, now);
        audit.Record(User.AsViewer(), Record, AuditAction.Update, DiaryObjects.Target, status.Target.Id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["diary.target.accepted", proposal.Minutes].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Loads the patient in scope, the diaries and the target, and logs the reads (saved by the handler).</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return false;
        }

        Record = patient;
        MayWrite = viewer.ActingRole(patient) == Role.Therapist;
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        Data = await DiaryData.LoadAsync(db, patient.Id, today.AddDays(1 - Period), today, Enum.GetValues<DiaryKind>().ToHashSet(), ct);
        Target = await TargetStatus.LoadAsync(db, rules, patient.Id, today, ct);
        audit.Record(viewer, patient, AuditAction.Read, DiaryObjects.Overview);
        return true;
    }

    /// <summary>The form again with its errors (422); the diaries shown with it are logged as read.</summary>
    private async Task<PageResult> InvalidAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>A new target starts today with the programme's step size and interval (programme.yaml, with their source notes).</summary>
    private TargetInput Defaults()
    {
        var parameters = catalog.Find("cfs")?.Parameters ?? [];
        int? Parameter(string name) => parameters.FirstOrDefault(p => p.Id == name) is { } p ? (int)p.Value : null;
        return new TargetInput
        {
            IncrementKind = IncrementKind.Percent,
            Increment = Parameter("graded-activity-increment-percent") ?? 10,
            StepIntervalDays = Parameter("graded-activity-step-interval-days") ?? 7,
            StartsOn = ClinicCalendar.DateOf(clock.GetUtcNow()),
        };
    }

    public sealed class TargetInput
    {
        [Required(ErrorMessage = "validation.required")]
        [Range(1, DiaryRules.MinutesPerDay, ErrorMessage = "diary.validation.minutes")]
        [Display(Name = "diary.target.baseline")]
        public int? BaselineMinutes { get; set; }

        [Display(Name = "diary.target.increment-kind")]
        public IncrementKind IncrementKind { get; set; } = IncrementKind.Percent;

        [Required(ErrorMessage = "validation.required")]
        [Range(1, 240, ErrorMessage = "diary.validation.increment")]
        [Display(Name = "diary.target.increment")]
        public int? Increment { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Range(1, ActivityTarget.MaxIntervalDays, ErrorMessage = "diary.validation.interval")]
        [Display(Name = "diary.target.interval")]
        public int? StepIntervalDays { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "diary.target.starts-on")]
        public DateOnly? StartsOn { get; set; }
    }
}
