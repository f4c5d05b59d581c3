using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain.Audit;
using Tandem.Domain.Training;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Training;

/// <summary>
/// The short attitude survey after the course: once per person, after every lesson is done, anonymously: the answers are
/// stored under a random response id with only the organisation and site, apart from the record that this person answered.
/// </summary>
public sealed class TrainingSurveyModel(AppDbContext db, TrainingCatalog catalog, AuditTrail audit, IOptions<ImplementationOptions> options, IStringLocalizer<Text> text)
    : PageModel
{
    /// <summary>The 5-point agreement scale, from strongly agree (5) to strongly disagree (1).</summary>
    public static readonly int[] Scale = [5, 4, 3, 2, 1];

    public Course Course => catalog.ECoach;
    public CourseSurvey? Survey => Course.Survey;
    public string Language { get; } = UiLanguage.Current;
    public int MinimumGroupSize => options.Value.NomadMinimumGroupSize;
    public bool Completed { get; private set; }
    public bool Answered { get; private set; }

    [BindProperty]
    public List<string?> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Survey is null)
        {
            return NotFound();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Survey is null)
        {
            return NotFound();
        }

        await LoadAsync(ct);
        if (Answered || !Completed)
        {
            ModelState.AddModelError("", text[Answered ? TrainingRules.SurveyAnswered.Code : TrainingRules.CourseIncomplete.Code]);
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }

        var viewer = User.AsViewer();
        var agreements = Answers.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToList();
        var (answers, invalid) = SurveyAnswer.Response(viewer.OrganisationId, viewer.SiteId, Course.Id, Survey, agreements);
        if (invalid.Count > 0)
        {
            foreach (var i in invalid)
            {
                ModelState.AddModelError(i < Survey.Items.Count ? $"Answers[{i}]" : "", text[TrainingRules.SurveyAnswer.Code]);
            }

            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        db.TrainingSurveyParticipations.Add(new SurveyParticipation(viewer.UserId, Course.Id));
        db.TrainingSurveyAnswers.AddRange(answers);
        audit.RecordOrganisational(viewer, AuditAction.Create, nameof(SurveyParticipation), Course.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", text[TrainingRules.SurveyAnswered.Code]);
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }

        TempData[Flash.Info] = text["training.survey-thanks"].Value;
        return RedirectToPage("/Staff/Training/Index");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var courseId = Course.Id;
        Completed = await db.CourseCompletions.AnyAsync(c => c.StaffMemberId == viewer.UserId && c.CourseId == courseId, ct);
        Answered = await db.TrainingSurveyParticipations.AnyAsync(p => p.StaffMemberId == viewer.UserId && p.CourseId == courseId, ct);
    }
}
