using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Patient.Questionnaires;

/// <summary>
/// Answering a questionnaire one screen at a time. Every Next saves the screen and where to resume, so a reload,
/// sign-out or time-out continues where the patient left off; the last screen reviews the answers before sending.
/// Once sent, the response cannot change.
/// </summary>
public sealed class AnswerModel(
    AppDbContext db, AuditTrail audit, TimeProvider clock, InstrumentCatalog catalog, InstrumentWordings wordings,
    ResponseSubmission submission, IStringLocalizer<Text> text) : PageModel
{
    private Domain.Patients.Patient _patient = null!;

    public InstrumentResponse Answering { get; private set; } = null!;
    public Instrument Instrument { get; private set; } = null!;
    public IReadOnlyList<AnswerScreen> Screens { get; private set; } = [];
    public int Current { get; private set; }
    public bool OtherLanguage { get; private set; }
    public string WordingLanguage { get; private set; } = "";
    public string? Copyright { get; private set; }
    public IReadOnlyDictionary<string, int> Chosen { get; private set; } = new Dictionary<string, int>();

    /// <summary>Errors as (field id to link to, message); the field id is the first answer of the question.</summary>
    public List<(string Target, string Message)> Errors { get; } = [];

    /// <summary>Came here from the review screen ("Change"): Next goes back to the review.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Review { get; set; }

    public bool IsReview => Current == Screens.Count;

    public AnswerScreen Screen => Screens[Current];

    public async Task<IActionResult> OnGetAsync(Guid responseId, int? screen, CancellationToken ct)
    {
        if (await LoadAsync(responseId, ct) is { } refused)
        {
            return refused;
        }

        if (Answering.IsSubmitted)
        {
            return RedirectToPage("/Patient/Questionnaires/Done", new { responseId });
        }

        Current = Math.Clamp(screen ?? Answering.Screen, 0, Screens.Count);
        Chosen = Answering.Answers;
        audit.Record(User.AsViewer(), _patient, AuditAction.Read, nameof(InstrumentResponse), Answering.Id.ToString());
        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>Next (save this screen, all required questions answered) or Back (save what is chosen).</summary>
    public async Task<IActionResult> OnPostAsync(Guid responseId, int? screen, string? move, CancellationToken ct)
    {
        if (await LoadAsync(responseId, ct) is { } refused)
        {
            return refused;
        }

        if (Answering.IsSubmitted)
        {
            return Sent(responseId);
        }

        Current = Math.Clamp(screen ?? 0, 0, Screens.Count);
        if (IsReview)
        {
            return RedirectToPage(new { responseId, screen = Math.Max(0, Current - 1) });
        }

        var back = move == "back";
        var answers = new Dictionary<string, int>();
        foreach (var question in Screen.Questions)
        {
            var posted = Request.Form[question.Field].ToString();
            if (int.TryParse(posted, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && question.LabelOf(value) is not null)
            {
                answers[question.LinkId] = value;
            }
            else if (posted.Length > 0)
            {
                Errors.Add((Target(question), text[MeasurementRules.NotAnOption.Code, question.Text].Value));
            }
            else if (question.Required && !back)
            {
                Errors.Add((Target(question), text["measurement.required-question", question.Text].Value));
            }
        }

        if (Errors.Count > 0 && !back)
        {
            return await InvalidAsync(answers, ct);
        }

        var next = back ? Math.Max(0, Current - 1) : Review ? Screens.Count : Current + 1;
        var saved = Answering.Save(Instrument, answers, next, clock.GetUtcNow());
        if (saved.Count > 0)
        {
            Errors.AddRange(saved.Select(e => (Target(Screen.Questions.First(q => q.LinkId == e.FieldId)), text[e.Rule.Code].Value)));
            return await InvalidAsync(answers, ct);
        }

        audit.Record(User.AsViewer(), _patient, AuditAction.Update, nameof(InstrumentResponse), Answering.Id.ToString());
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { responseId, screen = next });
    }

    /// <summary>Sends the response: scored, the request completed, audited, in one save.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(Guid responseId, CancellationToken ct)
    {
        if (await LoadAsync(responseId, ct) is { } refused)
        {
            return refused;
        }

        if (Answering.IsSubmitted)
        {
            return Sent(responseId);
        }

        Current = Screens.Count;
        var open = Answering.Unanswered(Instrument).Select(e => e.FieldId).ToHashSet();
        var missing = Screens.SelectMany(s => s.Questions.Where(q => open.Contains(q.LinkId) || (q.Required && !Answering.Answers.ContainsKey(q.LinkId))));
        foreach (var question in missing)
        {
            Errors.Add(("change-" + question.LinkId, text["measurement.required-question", question.Text].Value));
        }

        if (Errors.Count > 0)
        {
            return await InvalidAsync(new Dictionary<string, int>(), ct);
        }

        await submission.SubmitAsync(User.AsViewer(), _patient, Answering, Instrument, ct);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Patient/Questionnaires/Done", new { responseId });
    }

    public static string Target(AnswerQuestion question) => $"{question.Field}-{(question.Options.Count > 0 ? question.Options[0].Value : 0)}";

    public string? ErrorOf(AnswerQuestion question) => Errors.Where(e => e.Target == Target(question) || e.Target == "change-" + question.LinkId).Select(e => e.Message).FirstOrDefault();

    /// <summary>The patient's own response and its wording, or the answer to give instead (404, or back to the list).</summary>
    private async Task<IActionResult?> LoadAsync(Guid responseId, CancellationToken ct)
    {
        var patient = await db.Patients.VisibleTo(User.AsViewer()).AsNoTracking().SingleOrDefaultAsync(ct);
        var response = patient is null ? null : await db.InstrumentResponses.SingleOrDefaultAsync(r => r.Id == responseId && r.PatientId == patient.Id, ct);
        var instrument = response is null ? null : catalog.Find(response.InstrumentId);
        if (patient is null || response is null || instrument is null)
        {
            return NotFound();
        }

        _patient = patient;
        Answering = response;
        Instrument = instrument;
        if (await wordings.FindAsync(instrument, patient.OrganisationId, response.Language, ct) is not var (questionnaire, language))
        {
            TempData[Flash.Error] = text["measurement.unavailable"].Value;
            return RedirectToPage("/Patient/Questionnaires/Index");
        }

        Screens = AnswerScreens.Of(questionnaire, instrument);
        WordingLanguage = language;
        OtherLanguage = language != UiLanguage.Current;
        Copyright = questionnaire.Copyright;
        return null;
    }

    private RedirectToPageResult Sent(Guid responseId)
    {
        TempData[Flash.Error] = text[MeasurementRules.Submitted.Code].Value;
        return RedirectToPage("/Patient/Questionnaires/Done", new { responseId });
    }

    /// <summary>The screen again with its errors and what was chosen kept (422); the read is audited.</summary>
    private async Task<IActionResult> InvalidAsync(Dictionary<string, int> posted, CancellationToken ct)
    {
        var chosen = new Dictionary<string, int>(Answering.Answers);
        foreach (var (itemId, value) in posted)
        {
            chosen[itemId] = value;
        }

        Chosen = chosen;
        db.ChangeTracker.Clear();
        audit.Record(User.AsViewer(), _patient, AuditAction.Read, nameof(InstrumentResponse), Answering.Id.ToString());
        await db.SaveChangesAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
