using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Domain.Programmes;
using Tandem.Domain.Treatment;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Staff.Measurements;

/// <summary>
/// A patient's measurement schedule and the therapist's override: ask a questionnaire now, cancel or move a request,
/// and the stepped-care evaluation and decision at the end of treatment. Everyone who may see the patient may read it;
/// only the patient's own therapist changes it. Every read and change is audited.
/// </summary>
public sealed class PlanModel(
    AppDbContext db,
    AuditTrail audit,
    MeasurementPlanner planner,
    ProgrammeCatalog programmes,
    InstrumentCatalog instruments,
    TimeProvider clock,
    IStringLocalizer<Text> text) : PageModel
{
    public const string ObjectType = "MeasurementSchedule";

    [BindProperty]
    public AskInput Ask { get; set; } = new();

    [BindProperty]
    public ChangeInput Change { get; set; } = new();

    [BindProperty]
    public DecisionInput Decide { get; set; } = new();

    public Domain.Patients.Patient Record { get; private set; } = null!;
    public Enrolment? Enrolment { get; private set; }
    public Programme? Programme { get; private set; }
    public bool MayWrite { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<MeasurementRequest> Requests { get; private set; } = [];

    /// <summary>Instruments the organisation can ask, for "ask now".</summary>
    public IReadOnlyList<Instrument> Usable { get; private set; } = [];

    /// <summary>Instruments of the schedule that are not asked (licensed, wording not imported).</summary>
    public IReadOnlyList<Instrument> Skipped { get; private set; } = [];

    public DateOnly? EndedOn { get; private set; }
    public SteppedCareEvaluation? Evaluation { get; private set; }
    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public bool MayDecide => MayWrite && Evaluation is not null && EndedOn is not null;

    public async Task<IActionResult> OnGetAsync(Guid patientId, CancellationToken ct)
    {
        if (await LoadAsync(patientId, ct) is { } missing)
        {
            return missing;
        }

        await planner.RefreshAsync(Record, ct);
        await LoadDisplayAsync(ct);
        audit.Record(User.AsViewer(), Record, AuditAction.Read, ObjectType, Enrolment?.Id.ToString());
        await db.SaveChangesAsync(ct);
        Ask.DueFrom ??= Today;
        Ask.DueUntil ??= Today.AddDays(6);
        return Page();
    }

    public async Task<IActionResult> OnPostAskAsync(Guid patientId, CancellationToken ct)
    {
        if (await LoadForChangeAsync(patientId, ct) is { } refused)
        {
            return refused;
        }

        await LoadDisplayAsync(ct);
        if (Usable.All(i => i.Id != Ask.InstrumentId))
        {
            ModelState.AddModelError("Ask.InstrumentId", text[ScheduleRules.NotUsable.Code]);
        }

        RequireDates("Ask", Ask.DueFrom, Ask.DueUntil);
        MeasurementRequest? request = null;
        if (ModelState.IsValid)
        {
            request = Try("Ask.DueUntil", () => MeasurementRequest.AskNow(Record.Id, Ask.InstrumentId!, Ask.DueFrom!.Value, Ask.DueUntil!.Value, User.UserId(), clock.GetUtcNow()));
        }

        if (request is null)
        {
            return Invalid();
        }

        db.MeasurementRequests.Add(request);
        audit.Record(User.AsViewer(), Record, AuditAction.Create, "MeasurementRequest", request.Id.ToString());
        return await SavedAsync(ct);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid patientId, CancellationToken ct)
    {
        if (await LoadForChangeAsync(patientId, ct) is { } refused)
        {
            return refused;
        }

        if (await FindRequestAsync(ct) is not { } request)
        {
            return NotFound();
        }

        return await ApplyAsync(request, "Change.Reason", () => request.Cancel(User.UserId(), Change.Reason ?? "", clock.GetUtcNow()), ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid patientId, CancellationToken ct)
    {
        if (await LoadForChangeAsync(patientId, ct) is { } refused)
        {
            return refused;
        }

        if (await FindRequestAsync(ct) is not { } request)
        {
            return NotFound();
        }

        RequireDates("Change", Change.DueFrom, Change.DueUntil);
        if (!ModelState.IsValid)
        {
            await LoadDisplayAsync(ct);
            return Invalid();
        }

        return await ApplyAsync(request, "Change.DueUntil", () => request.Move(Change.DueFrom!.Value, Change.DueUntil!.Value, User.UserId(), clock.GetUtcNow()), ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid patientId, CancellationToken ct)
    {
        if (await LoadForChangeAsync(patientId, ct) is { } refused)
        {
            return refused;
        }

        await LoadDisplayAsync(ct);
        if (!MayDecide)
        {
            TempData[Flash.Error] = text[ScheduleRules.NotEnded.Code].Value;
            return RedirectToPage(new { patientId });
        }

        if (Decide.Decision is null)
        {
            ModelState.AddModelError("Decide.Decision", text["schedules.decision.required"]);
        }

        if (string.IsNullOrWhiteSpace(Decide.Reason) || Decide.Reason.Length > MeasurementRequest.MaxReasonLength)
        {
            ModelState.AddModelError("Decide.Reason", text[ScheduleRules.ReasonRequired.Code]);
        }

        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        var decision = new SteppedCareDecision(Record.Id, Enrolment!.Id, Evaluation!, Decide.Decision!.Value, Decide.Reason!, User.UserId(), clock.GetUtcNow());
        db.SteppedCareDecisions.Add(decision);
        audit.Record(User.AsViewer(), Record, AuditAction.Create, "SteppedCareDecision", decision.Id.ToString());
        return await SavedAsync(ct);
    }

    public Instrument? InstrumentOf(string id) => instruments.Find(id);

    public string NameOf(string instrumentId) => instruments.Find(instrumentId)?.Name.For(UiLanguage.Current) ?? instrumentId;

    /// <summary>What an occasion is, in words: baseline, after a module, end, a follow-up, or asked by the therapist.</summary>
    public string OccasionLabel(string occasionId)
    {
        var occasion = Programme?.Measurement.FirstOrDefault(o => o.Id == occasionId);
        return occasion switch
        {
            null when occasionId == MeasurementSchedule.OnRequest => text["schedules.occasion.on-request"],
            null => occasionId,
            { Anchor: OccasionAnchor.Start } => text["schedules.occasion.start"],
            { Anchor: OccasionAnchor.AfterModule } => text["schedules.occasion.after", TitleOfStep(occasion.AfterModule!)],
            { Anchor: OccasionAnchor.End, PlusMonths: > 0 } => text["schedules.occasion.follow-up", occasion.PlusMonths],
            _ => text["schedules.occasion.end"],
        };
    }

    private string TitleOfStep(string id) =>
        Programme?.FindModule(id)?.Title.For(UiLanguage.Current)
        ?? (Enrolment?.Modules.FirstOrDefault(m => m.StepId == id)?.ModuleId is { } chosen ? Programme?.FindModule(chosen)?.Title.For(UiLanguage.Current) : null)
        ?? id;

    private void RequireDates(string prefix, DateOnly? from, DateOnly? until)
    {
        if (from is null && ModelState.GetFieldValidationState($"{prefix}.DueFrom") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError($"{prefix}.DueFrom", text["schedules.date-required"]);
        }

        if (until is null && ModelState.GetFieldValidationState($"{prefix}.DueUntil") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError($"{prefix}.DueUntil", text["schedules.date-required"]);
        }
    }

    /// <summary>Runs a domain step; a broken rule becomes a field error.</summary>
    private T? Try<T>(string field, Func<T> step)
        where T : class
    {
        try
        {
            return step();
        }
        catch (DomainRuleException broken)
        {
            ModelState.AddModelError(field, text[broken.Rule.Code]);
            return null;
        }
    }

    /// <summary>
    /// Changes a request: bad input is shown at the field; a request completed or cancelled meanwhile (a stale tab)
    /// is said in a message above the schedule as it is now.
    /// </summary>
    private async Task<IActionResult> ApplyAsync(MeasurementRequest request, string field, Action change, CancellationToken ct)
    {
        try
        {
            change();
        }
        catch (DomainRuleException broken) when (broken.Rule != ScheduleRules.RequestClosed)
        {
            ModelState.AddModelError(field, text[broken.Rule.Code]);
            await LoadDisplayAsync(ct);
            return Invalid();
        }
        catch (DomainRuleException broken)
        {
            TempData[Flash.Error] = text[broken.Rule.Code].Value;
            return RedirectToPage(new { patientId = Record.Id });
        }

        audit.Record(User.AsViewer(), Record, AuditAction.Update, "MeasurementRequest", request.Id.ToString());
        return await SavedAsync(ct);
    }

    private async Task<IActionResult> SavedAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["schedules.saved"].Value;
        return RedirectToPage(new { patientId = Record.Id });
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<MeasurementRequest?> FindRequestAsync(CancellationToken ct) =>
        await db.MeasurementRequests.SingleOrDefaultAsync(r => r.Id == Change.RequestId && r.PatientId == Record.Id, ct);

    private async Task<IActionResult?> LoadForChangeAsync(Guid patientId, CancellationToken ct) =>
        await LoadAsync(patientId, ct) ?? (MayWrite ? null : Forbid());

    /// <summary>The patient in scope (else 404) and their latest enrolment.</summary>
    private async Task<IActionResult?> LoadAsync(Guid patientId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Record = patient;
        MayWrite = viewer.ActingRole(patient) == Role.Therapist;
        Today = ClinicCalendar.DateOf(clock.GetUtcNow());
        Enrolment = await db.Enrolments.AsNoTracking().Include("_modules")
            .Where(e => e.PatientId == patientId)
            .OrderBy(e => e.Status == EnrolmentStatus.Active ? 0 : 1).ThenByDescending(e => e.EnrolledAt)
            .FirstOrDefaultAsync(ct);
        Programme = Enrolment is null ? null : programmes.Find(Enrolment.ProgrammeId);
        return null;
    }

    private async Task LoadDisplayAsync(CancellationToken ct)
    {
        var patientId = Record.Id;
        Requests = await db.MeasurementRequests.AsNoTracking().Where(r => r.PatientId == patientId)
            .OrderBy(r => r.DueFrom).ThenBy(r => r.Occasion).ThenBy(r => r.InstrumentId).ToListAsync(ct);
        var usable = await planner.UsableAsync(Record.OrganisationId, instruments.All.Select(i => i.Id), ct);
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == Record.SiteId, ct);
        Usable = [.. instruments.All.Where(i => usable.Contains(i.Id) && site.Asks(i.Id))];
        if (Programme is null || Enrolment is null)
        {
            return;
        }

        Skipped = [.. Programme.Measurement.SelectMany(o => o.Instruments).Distinct().Where(i => !usable.Contains(i)).Select(instruments.Find).OfType<Instrument>()];
        EndedOn = MeasurementSchedule.EndOf(Enrolment);
        if (Programme.SteppedCare is not { } criteria)
        {
            return;
        }

        List<string> measured = [.. criteria.Criteria.Select(c => c.InstrumentId).Distinct()];
        var scores = await db.InstrumentScores.AsNoTracking()
            .Where(s => s.PatientId == patientId && measured.Contains(s.InstrumentId))
            .Select(s => new { s.InstrumentId, s.ScaleId, s.Value, s.EffectiveAt })
            .ToListAsync(ct);
        var latest = scores.GroupBy(s => (s.InstrumentId, s.ScaleId))
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.EffectiveAt)!.Value);
        Evaluation = SteppedCare.Evaluate(criteria, latest, usable.Contains);
        var enrolmentId = Enrolment.Id;
        Decisions = await (
            from d in db.SteppedCareDecisions.AsNoTracking()
            where d.EnrolmentId == enrolmentId
            join u in db.Users on d.DecidedByUserId equals u.Id
            orderby d.DecidedAt descending
            select new DecisionRow(d.DecidedAt, u.DisplayName, d.Eligibility, d.Decision, d.Reason)).ToListAsync(ct);
    }

    public sealed record DecisionRow(DateTimeOffset At, string Who, Eligibility Eligibility, StepUpDecision Decision, string Reason);

    public sealed class AskInput
    {
        public string? InstrumentId { get; set; }
        public DateOnly? DueFrom { get; set; }
        public DateOnly? DueUntil { get; set; }
    }

    public sealed class ChangeInput
    {
        public Guid RequestId { get; set; }
        public string? Reason { get; set; }
        public DateOnly? DueFrom { get; set; }
        public DateOnly? DueUntil { get; set; }
    }

    public sealed class DecisionInput
    {
        public StepUpDecision? Decision { get; set; }
        public string? Reason { get; set; }
    }
}
