using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Audit;
using Tandem.Domain.Training;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;
using Tandem.Web.Training;

namespace Tandem.Web.Pages.Staff.Training;

/// <summary>
/// The survey's results for supervisors, managers and implementation leads: mean agreement per statement over the
/// responses of their site (or the organisation, for someone without a site), shown only from the same minimum group
/// as NoMAD (<see cref="ImplementationOptions.NomadMinimumGroupSize"/>), so nobody's answers can be read off.
/// </summary>
public sealed class TrainingResultsModel(AppDbContext db, TrainingCatalog catalog, AuditTrail audit, IOptions<ImplementationOptions> options) : PageModel
{
    public CourseSurvey Survey => catalog.ECoach.Survey!;
    public string Language { get; } = UiLanguage.Current;
    public int Respondents { get; private set; }
    public int MinimumGroupSize => options.Value.NomadMinimumGroupSize;
    public bool ForSite { get; private set; }
    public IReadOnlyList<SurveyItemResult> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.SeesSurveyResults() || catalog.ECoach.Survey is null)
        {
            return Forbid();
        }

        var courseId = catalog.ECoach.Id;
        var answers = db.TrainingSurveyAnswers.Where(a => a.OrganisationId == viewer.OrganisationId && a.CourseId == courseId);
        if (viewer.SiteId is { } siteId)
        {
            answers = answers.Where(a => a.SiteId == siteId);
            ForSite = true;
        }

        Respondents = await answers.Select(a => a.ResponseId).Distinct().CountAsync(ct);
        var shown = Respondents >= MinimumGroupSize ? await answers.AsNoTracking().ToListAsync(ct) : [];
        Results = SurveyResults.Of(Survey, shown, Respondents, MinimumGroupSize);
        audit.RecordOrganisational(viewer, AuditAction.Read, "TrainingSurveyResults", courseId);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
