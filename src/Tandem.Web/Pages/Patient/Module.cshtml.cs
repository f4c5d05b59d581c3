using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Programmes;
using Tandem.Domain.SiteContent;
using Tandem.Domain.Treatment;
using Tandem.Domain.Work;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using ContentPage = Tandem.Domain.Programmes.Page;

namespace Tandem.Web.Pages.Patient;

/// <summary>
/// One page of a module the patient may open (open or completed in their own plan; anything else is 404).
/// Exercises save as drafts on every change (autosave) or with their button; goals are set and rated here;
/// a feedback moment sends the included work to the therapist; the last page finishes the module.
/// </summary>
public sealed class ModulePageModel(
    AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, SiteContent siteContent, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    private const int DefaultMaxGoals = 3;
    private Domain.Patients.Patient _patient = null!;
    private Viewer _viewer = null!;
    private readonly Dictionary<string, Answers> _answers = [];

    public string Language { get; private set; } = "";
    public Programme Programme { get; private set; } = null!;
    public Module Module { get; private set; } = null!;
    public ContentPage CurrentPage { get; private set; } = null!;

    /// <summary>The current page's blocks, with the patient's site's own text where the site adapted it.</summary>
    public IReadOnlyList<Block> Blocks { get; private set; } = [];
    public int PageIndex { get; private set; }
    public PlannedModule Planned { get; private set; } = null!;
    public Enrolment Enrolment { get; private set; } = null!;
    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    /// <summary>Goal texts as typed, shown again when they could not be saved.</summary>
    public IReadOnlyList<string>? PostedGoals { get; private set; }

    /// <summary>The latest sending of each feedback moment on this page.</summary>
    public IReadOnlyDictionary<string, Submission> Sent { get; private set; } = new Dictionary<string, Submission>();

    /// <summary>What still stops each feedback moment on this page from being sent.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SubmissionError>> Missing { get; private set; } = new Dictionary<string, IReadOnlyList<SubmissionError>>();

    public bool IsLastPage => PageIndex == Module.Pages.Count - 1;

    public Answers AnswersTo(string exerciseId) => _answers.GetValueOrDefault(exerciseId) ?? Answers.None;

    public ExerciseBlock? FindExercise(string id) =>
        Module.Pages.SelectMany(p => p.Blocks).OfType<ExerciseBlock>().FirstOrDefault(e => e.Id == id);

    /// <summary>The page of the module that holds a block, to link a missing answer to where it is given.</summary>
    public ContentPage PageOf(string blockId) =>
        Module.Pages.First(p => p.Blocks.Any(b => b is ExerciseBlock e && e.Id == blockId || b is GoalBlock g && g.Id == blockId));

    public PlannedModule? PlannedFor(string moduleId) => Enrolment.Path.FirstOrDefault(m => m.ModuleId == moduleId);

    public static int MaxGoals(GoalBlock block) => block?.MaxGoals ?? DefaultMaxGoals;

    public async Task<IActionResult> OnGetAsync(string moduleId, string? pageId, CancellationToken ct)
    {
        if (!await LoadAsync(moduleId, pageId, ct))
        {
            return NotFound();
        }

        Planned.Visit(CurrentPage.Id);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>The exercise's Save button (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostSaveAsync(string moduleId, string? pageId, string exerciseId, CancellationToken ct)
    {
        if (!await LoadAsync(moduleId, pageId, ct) || FindOnPage<ExerciseBlock>(exerciseId) is not { } exercise)
        {
            return NotFound();
        }

        var errors = await SaveDraftAsync(exercise, ct);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(FieldName(exercise.Id, error.FieldId), text[error.Rule.Code]);
            }

            await db.SaveChangesAsync(ct); // the audit of what was read; the invalid answers are shown again, not stored
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["module.saved"].Value;
        return Redirect(Url.Page("/Patient/Module", new { moduleId, pageId = CurrentPage.Id }) + "#" + exercise.Id);
    }

    /// <summary>Autosave from wwwroot/js/autosave.js: the same draft save, answered in JSON.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(string moduleId, string? pageId, string exerciseId, CancellationToken ct)
    {
        if (!await LoadAsync(moduleId, pageId, ct) || FindOnPage<ExerciseBlock>(exerciseId) is not { } exercise)
        {
            return NotFound();
        }

        var errors = await SaveDraftAsync(exercise, ct);
        await db.SaveChangesAsync(ct);
        if (errors.Count > 0)
        {
            return new JsonResult(new { saved = false, errors = errors.Select(e => new { field = FieldName(exercise.Id, e.FieldId), message = text[e.Rule.Code].Value }) })
            {
                StatusCode = StatusCodes.Status422UnprocessableEntity,
            };
        }

        return new JsonResult(new { saved = true, message = text["module.saved-at", ClinicTime.ToLocal(clock.GetUtcNow()).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)].Value });
    }

    public async Task<IActionResult> OnPostGoalsAsync(string moduleId, string? pageId, string blockId, List<string> goals, CancellationToken ct)
    {
        if (!await LoadAsync(moduleId, pageId, ct) || FindOnPage<GoalBlock>(blockId) is not { Mode: GoalMode.Set } block)
        {
            return NotFound();
        }

        IReadOnlyList<Goal> added, removed;
        try
        {
            (added, removed) = Goal.Set(_patient.Id, Goals, goals ?? [], MaxGoals(block), Module.Id, clock.GetUtcNow());
        }
        catch (Domain.DomainRuleException broken)
        {
            PostedGoals = goals ?? [];
            ModelState.AddModelError(block.Id, text[broken.Rule.Code]);
            await db.SaveChangesAsync(ct);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        db.Goals.AddRange(added);
        db.Goals.RemoveRange(removed);
        foreach (var goal in Goals.Except(removed))
        {
            audit.Record(_viewer, _patient, AuditAction.Update, nameof(Goal), goal.Id.ToString());
        }

        foreach (var goal in added)
        {
            audit.Record(_viewer, _patient, AuditAction.Create, nameof(Goal), goal.Id.ToString());
        }

        foreach (var goal in removed)
        {
            audit.Record(_viewer, _patient, AuditAction.Delete, nameof(Goal), goal.Id.ToString());
        }

        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["module.goals-saved"].Value;
        return Redirect(Url.Page("/Patient/Module", new { moduleId, pageId = CurrentPage.Id }) + "#" + block.Id);
    }

    public async Task<IActionResult> OnPostRateAsync(string moduleId, string? pageId, string blockId, CancellationToken ct)
    {
        if (!await LoadAsync(moduleId, pageId, ct) || FindOnPage<GoalBlock>(blockId) is not { Mode: GoalMode.Rate } block)
        {
            return NotFound();
        }

        var scores = new Dictionary<Goal, int>();
        foreach (var goal in Goals)
        {
            var given = Request.Form[ScoreName(goal)].ToString();
            if (given.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score)
                || score is < GoalRating.MinScore or > GoalRating.MaxScore)
            {
                ModelState.AddModelError(ScoreName(goal), text[WorkRules.Score.Code]);
                continue;
            }

            scores[goal] = score;
        }

        if (!ModelState.IsValid)
        {
            await db.SaveChangesAsync(ct);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        var now = clock.GetUtcNow();
        foreach (var (goal, score) in scores)
        {
            goal.Rate(score, Module.Id, now);
            audit.Record(_viewer, _patient, AuditAction.Update, nameof(Goal), goal.Id.ToString());
        }

        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["module.ratings-saved"].Value;
        return Redirect(Url.Page("/Patient/Module", new { moduleId, pageId = CurrentPage.Id }) + "#" + block.Id);
    }

    public async Task<IActionResult> OnPostSendAsync(string moduleId, string? pageId, string momentId, string? message, CancellationToken ct)
    {
        if (!await LoadAsync(moduleId, pageId, ct) || FindOnPage<FeedbackMomentBlock>(momentId) is not { } moment)
        {
            return NotFound();
        }

        await LoadIncludedAnswersAsync(moment, ct);
        if (Missing[moment.Id].Count > 0 || message?.Length > Submission.MaxMessageLength)
        {
            ModelState.AddModelError("message", text[Missing[moment.Id].Count > 0 ? "module.send-incomplete" : WorkRules.MessageTooLong.Code]);
            await db.SaveChangesAsync(ct);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        if (Sent.GetValueOrDefault(moment.Id) is { FeedbackReleased: false })
        {
            return Refused(WorkRules.AwaitingFeedback, moment.Id); // a second click or a stale tab
        }

        var submission = Submission.Send(
            _patient.Id, Module, moment, AnswersTo, Goals, message, Sent.GetValueOrDefault(moment.Id), clock.GetUtcNow());
        db.Submissions.Add(submission);
        audit.Record(_viewer, _patient, AuditAction.Create, nameof(Submission), submission.Id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["module.sent"].Value;
        return Redirect(Url.Page("/Patient/Module", new { moduleId, pageId = CurrentPage.Id }) + "#" + moment.Id);
    }

    public async Task<IActionResult> OnPostFinishAsync(string moduleId, string? pageId, CancellationToken ct)
    {
        if (!await LoadAsync(moduleId, pageId, ct))
        {
            return NotFound();
        }

        if (Planned.Status != ModuleStatus.Open)
        {
            return Refused(TreatmentRules.NotOpen, null); // finished already, in another tab
        }

        Enrolment.Complete(Module.Id, clock.GetUtcNow());
        audit.Record(_viewer, _patient, AuditAction.Update, "TreatmentPlan", Enrolment.Id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["module.finished", Module.Title.For(UiLanguage.Current)].Value;
        return RedirectToPage("/Patient/Index");
    }

    /// <summary>A rule the page should have prevented: say why on the fresh page (not the handler's address).</summary>
    private RedirectResult Refused(Domain.Rule rule, string? anchor)
    {
        TempData[Flash.Error] = text[rule.Code].Value;
        return Redirect(Url.Page("/Patient/Module", new { moduleId = Module.Id, pageId = CurrentPage.Id }) + (anchor is null ? "" : "#" + anchor));
    }

    public static string ScoreName(Goal goal) => $"score-{goal?.Id}";

    public static string FieldName(string exerciseId, string? fieldId) => fieldId is null ? exerciseId : $"{exerciseId}.{fieldId}";

    private T? FindOnPage<T>(string id)
        where T : Block =>
        CurrentPage.Blocks.OfType<T>().FirstOrDefault(b => b switch
        {
            ExerciseBlock e => e.Id == id,
            GoalBlock g => g.Id == id,
            FeedbackMomentBlock f => f.Id == id,
            _ => false,
        });

    private async Task<List<FieldError>> SaveDraftAsync(ExerciseBlock exercise, CancellationToken ct)
    {
        var prefix = exercise.Id + ".";
        var input = Request.Form
            .Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[prefix.Length..], f => (IReadOnlyList<string>)[.. f.Value.OfType<string>()], StringComparer.Ordinal);
        var answers = AnswerCheck.Normalise(exercise, input);
        var response = await db.ExerciseResponses.SingleOrDefaultAsync(
            r => r.PatientId == _patient.Id && r.ModuleId == Module.Id && r.ExerciseId == exercise.Id, ct);
        var isNew = response is null;
        response ??= new ExerciseResponse(_patient.Id, Module.Id, exercise.Id);
        var errors = response.SaveDraft(exercise, answers, clock.GetUtcNow());
        _answers[exercise.Id] = answers; // shown again as given, also when refused
        if (errors.Count == 0)
        {
            if (isNew)
            {
                db.ExerciseResponses.Add(response);
            }

            audit.Record(_viewer, _patient, isNew ? AuditAction.Create : AuditAction.Update, nameof(ExerciseResponse), response.Id.ToString());
        }

        return [.. errors];
    }

    /// <summary>
    /// The patient's own record, their active plan (opening what is due), the module if it is open or
    /// completed for them, the page (or where they left off), and their work shown on it.
    /// </summary>
    private async Task<bool> LoadAsync(string moduleId, string? pageId, CancellationToken ct)
    {
        _viewer = User.AsViewer();
        Language = UiLanguage.Current;
        var patient = await db.Patients.VisibleTo(_viewer).AsNoTracking().SingleOrDefaultAsync(p => p.UserId == _viewer.UserId, ct);
        if (patient is null)
        {
            return false;
        }

        _patient = patient;
        var enrolment = await db.Enrolments.Include("_modules")
            .SingleOrDefaultAsync(e => e.PatientId == patient.Id && e.Status == EnrolmentStatus.Active, ct);
        if (enrolment is null || catalog.Find(enrolment.ProgrammeId) is not { } programme)
        {
            return false;
        }

        Enrolment = enrolment;
        Programme = programme;
        enrolment.Refresh(clock.GetUtcNow());
        var planned = enrolment.Path.FirstOrDefault(m => m.ModuleId == moduleId && m.Status is ModuleStatus.Open or ModuleStatus.Completed);
        if (planned is null || programme.FindModule(moduleId) is not { } module)
        {
            return false;
        }

        Planned = planned;
        Module = module;
        pageId ??= planned.LastPageId;
        PageIndex = Math.Max(0, module.Pages.ToList().FindIndex(p => p.Id == pageId));
        if (pageId is not null && module.Pages[PageIndex].Id != pageId && RouteData.Values["pageId"] is not null)
        {
            return false; // an unknown page in the address
        }

        CurrentPage = module.Pages[PageIndex];
        Blocks = SitePage.Blocks(CurrentPage, await siteContent.TextForAsync(patient.SiteId, programme.Id, module.Id, CurrentPage.Id, ct));
        audit.Record(_viewer, patient, AuditAction.Read, "ModulePage", $"{module.Id}/{CurrentPage.Id}");
        await LoadWorkAsync(ct);
        return true;
    }

    private async Task LoadWorkAsync(CancellationToken ct)
    {
        var blocks = CurrentPage.Blocks;
        var exerciseIds = blocks.OfType<ExerciseBlock>().Select(e => e.Id).ToList();
        if (exerciseIds.Count > 0)
        {
            await LoadAnswersAsync(exerciseIds, ct);
        }

        var moments = blocks.OfType<FeedbackMomentBlock>().ToList();
        if (blocks.OfType<GoalBlock>().Any() || moments.Count > 0)
        {
            Goals = await db.Goals.Include("_ratings").Where(g => g.PatientId == _patient.Id).OrderBy(g => g.Position).ToListAsync(ct);
            if (Goals.Count > 0)
            {
                audit.Record(_viewer, _patient, AuditAction.Read, nameof(Goal), _patient.Id.ToString());
            }
        }

        if (moments.Count > 0)
        {
            var momentIds = moments.Select(m => m.Id).ToList();
            var sent = await db.Submissions
                .Where(s => s.PatientId == _patient.Id && s.ModuleId == Module.Id && momentIds.Contains(s.FeedbackMomentId))
                .OrderByDescending(s => s.SubmittedAt)
                .ToListAsync(ct);
            Sent = sent.GroupBy(s => s.FeedbackMomentId).ToDictionary(g => g.Key, g => g.First());
            foreach (var submission in Sent.Values)
            {
                audit.Record(_viewer, _patient, AuditAction.Read, nameof(Submission), submission.Id.ToString());
            }

            foreach (var moment in moments)
            {
                await LoadIncludedAnswersAsync(moment, ct);
            }
        }
    }

    private async Task LoadIncludedAnswersAsync(FeedbackMomentBlock moment, CancellationToken ct)
    {
        var missing = moment.Includes.Where(id => !_answers.ContainsKey(id) && FindExercise(id) is not null).ToList();
        if (missing.Count > 0)
        {
            await LoadAnswersAsync(missing, ct);
        }

        var all = new Dictionary<string, IReadOnlyList<SubmissionError>>(Missing) { [moment.Id] = Submission.Check(Module, moment, AnswersTo, Goals) };
        Missing = all;
    }

    private async Task LoadAnswersAsync(List<string> exerciseIds, CancellationToken ct)
    {
        var responses = await db.ExerciseResponses.AsNoTracking()
            .Where(r => r.PatientId == _patient.Id && r.ModuleId == Module.Id && exerciseIds.Contains(r.ExerciseId))
            .ToListAsync(ct);
        foreach (var response in responses)
        {
            _answers.TryAdd(response.ExerciseId, response.Answers);
            audit.Record(_viewer, _patient, AuditAction.Read, nameof(ExerciseResponse), response.Id.ToString());
        }
    }
}
