using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
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
/// they are and when they completed it (trained). They assign the course here, with an optional due date, change the due
/// date of an open assignment or withdraw it; a therapist or assignment outside their scope is not found.
/// </summary>
public sealed class TrainingTeamModel(AppDbContext db, TrainingCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public Course Course => catalog.ECoach;
    public string Language { get; } = UiLanguage.Current;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<TrainingTeamLine> Therapists { get; private set; } = [];

    [BindProperty]
    public Guid StaffMemberId { get; set; }

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    public Guid AssignmentId { get; set; }

    [BindProperty]
    public DateOnly? NewDueOn { get; set; }

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

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }

        var courseId = Course.Id;
        var now = clock.GetUtcNow();
        var assignment = await db.TrainingAssignments.SingleOrDefaultAsync(a => a.StaffMemberId == staffMemberId && a.CourseId == courseId && a.WithdrawnAt == null, ct);
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
            return await InvalidAsync(ct);
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

    public Task<IActionResult> OnPostChangeDueAsync(CancellationToken ct) =>
        ChangeAsync(AuditAction.Update, "training.due-changed", (assignment, _, completed, now) => assignment.ChangeDueDate(NewDueOn, completed, now), ct);

    /// <summary>Withdrawn, not deleted: the assignment keeps who withdrew it and when, and is logged as ended (Delete).</summary>
    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) =>
        ChangeAsync(AuditAction.Delete, "training.withdrawn", (assignment, viewer, completed, now) => assignment.Withdraw(viewer.UserId, completed, now), ct);

    /// <summary>
    /// An open assignment of a therapist in scope (else 404), changed by <paramref name="change"/>: a due date out of range
    /// is 422, an assignment completed or already withdrawn 409.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        AuditAction action, string doneKey, Action<TrainingAssignment, Viewer, bool, DateTimeOffset> change, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.OverseesTraining())
        {
            return Forbid();
        }

        var assignmentId = AssignmentId;
        var overseen = db.OverseenBy(viewer);
        var assignment = await db.TrainingAssignments
            .Where(a => a.Id == assignmentId && overseen.Any(u => u.Id == a.StaffMemberId))
            .SingleOrDefaultAsync(ct);
        if (assignment is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }

        var completed = await db.CourseCompletions.AnyAsync(c => c.StaffMemberId == assignment.StaffMemberId && c.CourseId == assignment.CourseId, ct);
        try
        {
            change(assignment, viewer, completed, clock.GetUtcNow());
        }
        catch (DomainRuleException broken)
        {
            var bad = broken.Rule == TrainingRules.AssignmentDue;
            ModelState.AddModelError(bad ? nameof(NewDueOn) : "", text[broken.Rule.Code]);
            return await InvalidAsync(ct, bad ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict);
        }

        audit.RecordOrganisational(viewer, action, nameof(TrainingAssignment), assignment.Id.ToString());
        await db.SaveChangesAsync(ct);
        var name = await db.Users.Where(u => u.Id == assignment.StaffMemberId).Select(u => u.DisplayName).SingleAsync(ct);
        TempData[Flash.Info] = text[doneKey, name].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken ct, int status = StatusCodes.Status422UnprocessableEntity)
    {
        await LoadAsync(ct);
        return new PageResult { StatusCode = status };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        Today = ClinicCalendar.DateOf(clock.GetUtcNow());
        Therapists = await db.TrainingOfOverseenAsync(viewer, Course, ct);
        audit.RecordSearch(viewer, nameof(TrainingAssignment), "eCoach course progress of the team or site");
        await db.SaveChangesAsync(ct);
    }
}
