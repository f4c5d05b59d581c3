using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Audit;
using Tandem.Domain.Programmes;
using Tandem.Domain.Training;
using Tandem.Domain.Work;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Training;

/// <summary>
/// One lesson of the eCoach course: its text, its exercises as the staff member's own notes (saved and autosaved; not
/// health data) and "mark as done". Marking the last lesson done completes the course: a <see cref="CourseCompletion"/>.
/// </summary>
public sealed class TrainingLessonModel(AppDbContext db, TrainingCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    private Dictionary<string, Dictionary<string, List<string>>> _notes = [];

    public Course Course => catalog.ECoach;
    public Module Lesson { get; private set; } = null!;
    public string Language { get; } = UiLanguage.Current;
    public LessonProgress? Progress { get; private set; }
    public int Number => Course.Lessons.TakeWhile(l => l.Id != Lesson.Id).Count() + 1;
    public Module? Next => Number < Course.Lessons.Count ? Course.Lessons[Number] : null;

    public Answers NotesOn(string exerciseId) =>
        _notes.TryGetValue(exerciseId, out var fields) ? new Answers(fields.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value)) : Answers.None;

    public async Task<IActionResult> OnGetAsync(string lessonId, CancellationToken ct)
    {
        if (!Load(lessonId))
        {
            return NotFound();
        }

        await LoadProgressAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string lessonId, string exerciseId, CancellationToken ct)
    {
        if (!Load(lessonId) || Exercise(exerciseId) is not { } exercise)
        {
            return NotFound();
        }

        await LoadProgressAsync(ct);
        var errors = SaveNotes(exercise);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError($"{exercise.Id}.{error.FieldId}", text[error.Rule.Code]);
            }

            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        if (!await TrySaveAsync(ct))
        {
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }

        TempData[Flash.Info] = text["training.notes-saved"].Value;
        return Redirect(Url.Page("/Staff/Training/Lesson", new { lessonId }) + "#" + exercise.Id);
    }

    /// <summary>Autosave from wwwroot/js/autosave.js: the same save, answered in JSON.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(string lessonId, string exerciseId, CancellationToken ct)
    {
        if (!Load(lessonId) || Exercise(exerciseId) is not { } exercise)
        {
            return NotFound();
        }

        await LoadProgressAsync(ct);
        var errors = SaveNotes(exercise);
        if (errors.Count > 0)
        {
            return new JsonResult(new { saved = false, errors = errors.Select(e => new { field = $"{exercise.Id}.{e.FieldId}", message = text[e.Rule.Code].Value }) })
            {
                StatusCode = StatusCodes.Status422UnprocessableEntity,
            };
        }

        if (!await TrySaveAsync(ct))
        {
            return new JsonResult(new { saved = false }) { StatusCode = StatusCodes.Status409Conflict };
        }

        return new JsonResult(new { saved = true, message = text["training.notes-saved-at", ClinicTime.ToLocal(clock.GetUtcNow()).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)].Value });
    }

    /// <summary>Marks the lesson done; when every lesson is done the course is completed (once per course version).</summary>
    public async Task<IActionResult> OnPostDoneAsync(string lessonId, CancellationToken ct)
    {
        if (!Load(lessonId))
        {
            return NotFound();
        }

        var viewer = User.AsViewer();
        var now = clock.GetUtcNow();
        await LoadProgressAsync(ct);
        if (Progress is null)
        {
            Progress = new LessonProgress(viewer.UserId, Course.Id, Lesson.Id);
            db.LessonProgress.Add(Progress);
        }

        var completed = false;
        if (!Progress.IsDone)
        {
            Progress.MarkDone(now);
            audit.RecordOrganisational(viewer, AuditAction.Update, nameof(LessonProgress), $"{Course.Id}/{Lesson.Id}");
            var done = await db.LessonProgress
                .Where(p => p.StaffMemberId == viewer.UserId && p.CourseId == Course.Id && p.DoneAt != null)
                .Select(p => p.LessonId).ToListAsync(ct);
            done.Add(Lesson.Id);
            var version = Course.Version;
            if (Course.IsCompletedBy(done)
                && !await db.CourseCompletions.AnyAsync(c => c.StaffMemberId == viewer.UserId && c.CourseId == Course.Id && c.CourseVersion == version, ct))
            {
                var completion = CourseCompletion.For(Course, viewer.UserId, done, now);
                db.CourseCompletions.Add(completion);
                audit.RecordOrganisational(viewer, AuditAction.Create, nameof(CourseCompletion), completion.Id.ToString());
                completed = true;
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // the same lesson marked done twice at once: the other request saved it
                return RedirectToPage("/Staff/Training/Index");
            }
        }

        TempData[Flash.Info] = completed ? text["training.course-completed"].Value : text["training.lesson-marked", Lesson.Title.For(Language)].Value;
        return RedirectToPage("/Staff/Training/Index");
    }

    /// <summary>False when a first save of this lesson's notes raced another (two tabs): the other one's notes stand.</summary>
    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", text["training.notes-conflict"]);
            return false;
        }
    }

    private bool Load(string lessonId)
    {
        Lesson = Course.Lesson(lessonId)!;
        return Lesson is not null;
    }

    private ExerciseBlock? Exercise(string exerciseId) =>
        Lesson.Pages.SelectMany(p => p.Blocks).OfType<ExerciseBlock>().FirstOrDefault(e => e.Id == exerciseId);

    private async Task LoadProgressAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        Progress = await db.LessonProgress.SingleOrDefaultAsync(p => p.StaffMemberId == viewer.UserId && p.CourseId == Course.Id && p.LessonId == Lesson.Id, ct);
        _notes = Progress is null ? [] : JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(Progress.Notes) ?? [];
    }

    /// <summary>Checks the posted notes of one exercise and, when valid, puts them in the progress row (saved by the caller).</summary>
    private IReadOnlyList<FieldError> SaveNotes(ExerciseBlock exercise)
    {
        var prefix = exercise.Id + ".";
        var input = Request.Form
            .Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[prefix.Length..], f => (IReadOnlyList<string>)[.. f.Value.OfType<string>()], StringComparer.Ordinal);
        var answers = AnswerCheck.Normalise(exercise, input);
        _notes[exercise.Id] = answers.FieldIds.ToDictionary(id => id, id => answers[id].ToList(), StringComparer.Ordinal);
        var errors = AnswerCheck.Draft(exercise, answers);
        if (errors.Count > 0)
        {
            return errors;
        }

        var viewer = User.AsViewer();
        if (Progress is null)
        {
            Progress = new LessonProgress(viewer.UserId, Course.Id, Lesson.Id);
            db.LessonProgress.Add(Progress);
        }

        Progress.SaveNotes(JsonSerializer.Serialize(_notes), clock.GetUtcNow());
        return [];
    }
}
