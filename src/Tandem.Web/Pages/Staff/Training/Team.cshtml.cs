using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Audit;
using Tandem.Domain.Training;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Training;

namespace Tandem.Web.Pages.Staff.Training;

/// <summary>
/// The eCoach course for the therapists a supervisor (team) or manager (site) oversees: who is assigned, by when, how far
/// they are and when they completed it (trained). They assign the course here, with an optional due date; a therapist
/// outside their scope is not found.
/// </summary>
public sealed class TrainingTeamModel(AppDbContext db, TrainingCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public sealed record Line(Guid Id, string Name, bool Assigned, string? AssignedBy, DateOnly? DueOn, int LessonsDone, DateTimeOffset? TrainedAt);

    public Course Course => catalog.ECoach;
    public string Language { get; } = UiLanguage.Current;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Line> Therapists { get; private set; } = [];

    [BindProperty]
    public Guid StaffMemberId { get; set; }

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.AsViewer().OverseesTraining())
        {
            return Forbid();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.OverseesTraining())
        {
            return Forbid();
        }

        var staffMemberId = StaffMemberId;
        if (!await db.OverseenBy(viewer).AnyAsync(u => u.Id == staffMemberId, ct))
        {
            return NotFound();
        }

        var courseId = Course.Id;
        var now = clock.GetUtcNow();
        var assignment = await db.TrainingAssignments.SingleOrDefaultAsync(a => a.StaffMemberId == staffMemberId && a.CourseId == courseId, ct);
        try
        {
            if (assignment is null)
            {
                assignment = new TrainingAssignment(viewer.OrganisationId, staffMemberId, courseId, viewer.UserId, DueOn, now);
                db.TrainingAssignments.Add(assignment);
                audit.RecordOrganisational(viewer, AuditAction.Create, nameof(TrainingAssignment), assignment.Id.ToString());
            }
            else
            {
                assignment.Reassign(viewer.UserId, DueOn, now);
                audit.RecordOrganisational(viewer, AuditAction.Update, nameof(TrainingAssignment), assignment.Id.ToString());
            }
        }
        catch (DomainRuleException broken)
        {
            ModelState.AddModelError(nameof(DueOn), text[broken.Rule.Code]);
            await LoadAsync(ct);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // assigned twice at once: the other request's assignment stands
        }

        var name = await db.Users.Where(u => u.Id == staffMemberId).Select(u => u.DisplayName).SingleAsync(ct);
        TempData[Flash.Info] = text["training.assigned-to", name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var courseId = Course.Id;
        Today = ClinicCalendar.DateOf(clock.GetUtcNow());
        var lessonIds = Course.Lessons.Select(l => l.Id).ToList();
        var rows = await (
                from u in db.OverseenBy(viewer)
                join a in db.TrainingAssignments.Where(a => a.CourseId == courseId) on u.Id equals a.StaffMemberId into assignments
                from a in assignments.DefaultIfEmpty()
                orderby u.DisplayName
                select new
                {
                    u.Id,
                    u.DisplayName,
                    Assigned = a != null,
                    AssignedBy = a == null ? null : db.Users.Where(b => b.Id == a.AssignedById).Select(b => b.DisplayName).FirstOrDefault(),
                    DueOn = a == null ? null : a.DueOn,
                    Done = db.LessonProgress.Count(p => p.StaffMemberId == u.Id && p.CourseId == courseId && p.DoneAt != null && lessonIds.Contains(p.LessonId)),
                })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var trained = (await db.CourseCompletions.Where(c => c.CourseId == courseId && ids.Contains(c.StaffMemberId))
                .Select(c => new { c.StaffMemberId, c.CompletedAt }).ToListAsync(ct))
            .GroupBy(c => c.StaffMemberId).ToDictionary(g => g.Key, g => g.Min(c => c.CompletedAt));
        Therapists = [.. rows.Select(r => new Line(r.Id, r.DisplayName, r.Assigned, r.AssignedBy, r.DueOn, r.Done, trained.TryGetValue(r.Id, out var at) ? at : null))];
        audit.RecordSearch(viewer, nameof(TrainingAssignment), "eCoach course progress of the team or site");
        await db.SaveChangesAsync(ct);
    }
}
