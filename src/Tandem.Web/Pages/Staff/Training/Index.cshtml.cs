using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Training;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Training;

namespace Tandem.Web.Pages.Staff.Training;

/// <summary>The eCoach course for any member of staff: its lessons with done or not, progress, who assigned it and by when.</summary>
public sealed class TrainingIndexModel(AppDbContext db, TrainingCatalog catalog) : PageModel
{
    public sealed record Assigned(string By, DateOnly? DueOn);

    public Course Course => catalog.ECoach;
    public string Language { get; } = UiLanguage.Current;
    public IReadOnlySet<string> Done { get; private set; } = new HashSet<string>();
    public DateTimeOffset? CompletedAt { get; private set; }
    public Assigned? Assignment { get; private set; }
    public bool SurveyAnswered { get; private set; }
    public bool OverseesTraining { get; private set; }
    public bool SeesResults { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        Done = (await db.LessonProgress
                .Where(p => p.StaffMemberId == viewer.UserId && p.CourseId == Course.Id && p.DoneAt != null)
                .Select(p => p.LessonId).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        CompletedAt = await db.CourseCompletions.Where(c => c.StaffMemberId == viewer.UserId && c.CourseId == Course.Id)
            .OrderBy(c => c.CompletedAt).Select(c => (DateTimeOffset?)c.CompletedAt).FirstOrDefaultAsync(ct);
        Assignment = await (
                from a in db.TrainingAssignments
                join u in db.Users on a.AssignedById equals u.Id
                where a.StaffMemberId == viewer.UserId && a.CourseId == Course.Id && a.WithdrawnAt == null
                select new Assigned(u.DisplayName, a.DueOn))
            .SingleOrDefaultAsync(ct);
        SurveyAnswered = await db.TrainingSurveyParticipations.AnyAsync(p => p.StaffMemberId == viewer.UserId && p.CourseId == Course.Id, ct);
        OverseesTraining = viewer.OverseesTraining();
        SeesResults = viewer.SeesSurveyResults();
    }

    public int DoneCount => Course.Lessons.Count(l => Done.Contains(l.Id));
}
