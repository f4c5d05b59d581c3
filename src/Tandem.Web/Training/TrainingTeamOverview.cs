using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Training;
using Tandem.Web.Data;

namespace Tandem.Web.Training;

/// <summary>A therapist on the team overview: their open assignment of the course (if any), progress and trained since.</summary>
public sealed record TrainingTeamLine(Guid Id, string Name, Guid? AssignmentId, string? AssignedBy, DateOnly? DueOn, int LessonsDone, DateTimeOffset? TrainedAt)
{
    public bool Assigned => AssignmentId is not null;

    /// <summary>Assigned and not completed: the due date may change and the assignment may be withdrawn.</summary>
    public bool Open => Assigned && TrainedAt is null;
}

public static class TrainingTeamOverview
{
    /// <summary>The therapists the viewer oversees with the course; a withdrawn assignment counts as none.</summary>
    public static async Task<IReadOnlyList<TrainingTeamLine>> TrainingOfOverseenAsync(this AppDbContext db, Viewer viewer, Course course, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(course);
        var courseId = course.Id;
        var lessonIds = course.Lessons.Select(l => l.Id).ToList();
        var rows = await (
                from u in db.OverseenBy(viewer)
                join a in db.TrainingAssignments.Where(a => a.CourseId == courseId && a.WithdrawnAt == null) on u.Id equals a.StaffMemberId into assignments
                from a in assignments.DefaultIfEmpty()
                orderby u.DisplayName
                select new
                {
                    u.Id,
                    u.DisplayName,
                    AssignmentId = a == null ? (Guid?)null : a.Id,
                    AssignedBy = a == null ? null : db.Users.Where(b => b.Id == a.AssignedById).Select(b => b.DisplayName).FirstOrDefault(),
                    DueOn = a == null ? null : a.DueOn,
                    Done = db.LessonProgress.Count(p => p.StaffMemberId == u.Id && p.CourseId == courseId && p.DoneAt != null && lessonIds.Contains(p.LessonId)),
                })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var trained = (await db.CourseCompletions.Where(c => c.CourseId == courseId && ids.Contains(c.StaffMemberId))
                .Select(c => new { c.StaffMemberId, c.CompletedAt }).ToListAsync(ct))
            .GroupBy(c => c.StaffMemberId).ToDictionary(g => g.Key, g => g.Min(c => c.CompletedAt));
        return [.. rows.Select(r => new TrainingTeamLine(r.Id, r.DisplayName, r.AssignmentId, r.AssignedBy, r.DueOn, r.Done, trained.TryGetValue(r.Id, out var at) ? at : null))];
    }
}
