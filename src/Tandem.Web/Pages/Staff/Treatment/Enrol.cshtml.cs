using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Organisations;
using Tandem.Domain.Programmes;
using Tandem.Domain.Reminders;
using Tandem.Domain.Treatment;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Reminders;

namespace Tandem.Web.Pages.Staff.Treatment;

/// <summary>
/// The patient's own therapist enrols them in a programme: choose the programme, then the intake choices. For a
/// tailored programme the intake risk profile proposes modules (a submit button, so it works without script)
/// which the therapist confirms or changes.
/// </summary>
public sealed class EnrolModel(
    AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock, IOptions<ReminderOptions> reminders, IStringLocalizer<Text> text)
    : PageModel
{
    /// <summary>How far from today a start date may lie, either way.</summary>
    public const int StartWindowDays = 365;

    [BindProperty]
    public EnrolInput Input { get; set; } = new();

    public Domain.Patients.Patient Record { get; private set; } = null!;
    public Site Site { get; private set; } = null!;
    /// <summary>The programmes the patient's site offers (see the site's configuration).</summary>
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];
    public Programme? Programme { get; private set; }
    public bool AlreadyEnrolled { get; private set; }

    /// <summary>What the current profile flags propose, to mark those modules.</summary>
    public IReadOnlyList<string> Proposal { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? programme, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        Input.StartsOn = ClinicCalendar.DateOf(clock.GetUtcNow());
        if (!string.IsNullOrEmpty(programme))
        {
            Programme = Offered(programme);
            if (Programme is null)
            {
                ModelState.AddModelError("programme", text["treatment.unknown-programme"]);
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
            else
            {
                Input.ProgrammeId = Programme.Id;
                Proposal = Input.Modules = [.. ModuleProposal.For(Programme, [])];
            }
        }

        audit.Record(User.AsViewer(), Record, AuditAction.Read, "Patient");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>Re-renders the form with the modules the ticked profile flags propose.</summary>
    public async Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        Programme = Offered(Input.ProgrammeId);
        if (Programme is null)
        {
            ModelState.AddModelError("Input.ProgrammeId", text["treatment.unknown-programme"]);
            return Invalid();
        }

        var known = Programme.ProfileFlags.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        Input.Flags = [.. Input.Flags.Where(known.Contains).Distinct()];
        Proposal = Input.Modules = [.. ModuleProposal.For(Programme, Input.Flags)];
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        Input.Flags = [.. Input.Flags.Where(f => !string.IsNullOrWhiteSpace(f))];
        Input.Modules = [.. Input.Modules.Where(m => !string.IsNullOrWhiteSpace(m))];
        if (AlreadyEnrolled)
        {
            ModelState.AddModelError(string.Empty, text[TreatmentRules.AlreadyEnrolled.Code]);
            return Invalid(StatusCodes.Status409Conflict);
        }

        Programme = Offered(Input.ProgrammeId);
        if (Programme is null)
        {
            ModelState.AddModelError("Input.ProgrammeId", text["treatment.unknown-programme"]);
            return Invalid();
        }

        Proposal = ModuleProposal.For(Programme, [.. Input.Flags.Distinct()]);
        Validate(Programme);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        var now = clock.GetUtcNow();
        var choices = new EnrolmentChoices(
            Input.Guidance!.Value,
            Input.Unlock!.Value,
            Input.Unlock == UnlockMode.Schedule ? Input.IntervalDays : null,
            Input.StartsOn!.Value,
            new IntakeChecklist(Input.ProgrammeExplained, Input.FormatDiscussed, Input.GoalsAgreed),
            Programme.Selection == Selection.Tailored ? [.. Input.Flags.Distinct()] : [],
            Programme.Selection == Selection.Tailored ? [.. Input.Modules.Distinct()] : []);
        Enrolment enrolment;
        try
        {
            enrolment = Enrolment.Start(Record.Id, Programme, choices, User.UserId(), now);
        }
        catch (DomainRuleException broken)
        {
            ModelState.AddModelError(string.Empty, text[broken.Rule.Code]);
            return Invalid();
        }

        db.Enrolments.Add(enrolment);
        await ApplySiteReminderDefaultAsync(now, ct);
        audit.Record(User.AsViewer(), Record, AuditAction.Create, "Enrolment", enrolment.Id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["treatment.enrol.done", Programme.Title.For(UiLanguage.Current)].Value;
        return RedirectToPage("/Staff/Treatment/Plan", new { id = Record.Id });
    }

    /// <summary>Rules the form can check field by field, so the answer is a message at the field, not a redirect.</summary>
    private void Validate(Programme programme)
    {
        if (!ModelState.IsValid)
        {
            return;
        }

        if (Input.Unlock == UnlockMode.Schedule && Input.IntervalDays is null)
        {
            ModelState.AddModelError("Input.IntervalDays", text[TreatmentRules.ScheduleInterval.Code]);
        }

        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        if (Input.StartsOn is { } start && Math.Abs(start.DayNumber - today.DayNumber) > StartWindowDays)
        {
            ModelState.AddModelError("Input.StartsOn", text["treatment.enrol.start-range"]);
        }

        if (!(Input.ProgrammeExplained && Input.FormatDiscussed && Input.GoalsAgreed))
        {
            var first = !Input.ProgrammeExplained ? nameof(EnrolInput.ProgrammeExplained)
                : !Input.FormatDiscussed ? nameof(EnrolInput.FormatDiscussed)
                : nameof(EnrolInput.GoalsAgreed);
            ModelState.AddModelError($"Input.{first}", text[TreatmentRules.IntakeIncomplete.Code]);
        }

        if (programme.Selection != Selection.Tailored)
        {
            return;
        }

        var flags = programme.ProfileFlags.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        if (Input.Flags.Any(f => !flags.Contains(f)))
        {
            ModelState.AddModelError("Input.Flags", text[TreatmentRules.UnknownProfileFlag.Code]);
        }

        var modules = programme.Steps.SelectMany(s => s.ModuleIds).ToHashSet(StringComparer.Ordinal);
        if (Input.Modules.Count == 0)
        {
            ModelState.AddModelError("Input.Modules", text[TreatmentRules.NoModulesSelected.Code]);
        }
        else if (Input.Modules.Any(m => !modules.Contains(m)))
        {
            ModelState.AddModelError("Input.Modules", text[TreatmentRules.UnknownModule.Code]);
        }
    }

    /// <summary>Loads the patient in the viewer's scope; only their own therapist may enrol them.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return NotFound();
        }

        if (viewer.ActingRole(patient) != Role.Therapist)
        {
            return Forbid();
        }

        Record = patient;
        Site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == patient.SiteId, ct);
        Programmes = [.. catalog.All.Where(p => Site.Offers(p.Id))];
        AlreadyEnrolled = await db.Enrolments.AnyAsync(e => e.PatientId == id && e.Status == EnrolmentStatus.Active, ct);
        return null;
    }

    private Programme? Offered(string? programmeId) => Programmes.FirstOrDefault(p => p.Id == programmeId);

    /// <summary>
    /// A site that sets its own diary reminder default gives it to a newly enrolled patient who has no reminder
    /// settings yet; the patient can change it as always. Without a site default the clinic-wide one applies.
    /// </summary>
    private async Task ApplySiteReminderDefaultAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (Site.DiaryReminderDefault is not { } diary || await db.ReminderSettings.AnyAsync(r => r.PatientId == Record.Id, ct))
        {
            return;
        }

        var defaults = reminders.Value.Defaults with { DiaryEnabled = diary };
        db.ReminderSettings.Add(new ReminderSettings(Record.Id, defaults, User.UserId(), now));
        audit.Record(User.AsViewer(), Record, AuditAction.Create, ReminderSettingsStore.ObjectType);
    }

    private PageResult Invalid(int status = StatusCodes.Status422UnprocessableEntity)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed class EnrolInput
    {
        [StringLength(64, ErrorMessage = "validation.too-long")]
        [Display(Name = "treatment.programme")]
        public string? ProgrammeId { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "treatment.guidance")]
        public GuidanceMode? Guidance { get; set; } = GuidanceMode.ProtocolDriven;

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "treatment.unlock")]
        public UnlockMode? Unlock { get; set; } = UnlockMode.OnCompletion;

        [Range(1, EnrolmentChoices.MaxScheduleIntervalDays, ErrorMessage = "treatment.schedule-interval")]
        [Display(Name = "treatment.interval")]
        public int? IntervalDays { get; set; } = 7;

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "treatment.starts-on")]
        public DateOnly? StartsOn { get; set; }

        public bool ProgrammeExplained { get; set; }
        public bool FormatDiscussed { get; set; }
        public bool GoalsAgreed { get; set; }

        [MaxLength(32, ErrorMessage = "validation.invalid")]
        public List<string> Flags { get; set; } = [];

        [MaxLength(32, ErrorMessage = "validation.invalid")]
        public List<string> Modules { get; set; } = [];
    }
}

