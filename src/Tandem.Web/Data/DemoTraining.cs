using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Training;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// The eCoach course in the demo: the supervisor (also a therapist) completed it last month and so counts as trained; she
/// assigned it to the Utrecht therapist two days ago, due in two weeks, and he has done the first lesson.
/// </summary>
public static class DemoTraining
{
    public static async Task SeedAsync(AppDbContext db, TrainingCatalog catalog, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        var course = catalog.ECoach;
        var supervisor = await db.Users.SingleAsync(u => u.Email == "supervisor@demo.tandem.nl", ct);
        var therapist = await db.Users.SingleAsync(u => u.Email == "therapist@demo.tandem.nl", ct);

        var completed = now.AddDays(-30);
        foreach (var lesson in course.Lessons)
        {
            db.LessonProgress.Add(Done(supervisor.Id, course.Id, lesson.Id, completed));
        }

        db.CourseCompletions.Add(CourseCompletion.For(course, supervisor.Id, course.Lessons.Select(l => l.Id), completed));
        db.TrainingAssignments.Add(new TrainingAssignment(
            therapist.OrganisationId, therapist.Id, course.Id, supervisor.Id, Domain.ClinicCalendar.DateOf(now).AddDays(14), now.AddDays(-2)));
        db.LessonProgress.Add(Done(therapist.Id, course.Id, course.Lessons[0].Id, now.AddDays(-1)));
        await db.SaveChangesAsync(ct);
    }

    private static LessonProgress Done(Guid staffMemberId, string courseId, string lessonId, DateTimeOffset at)
    {
        var progress = new LessonProgress(staffMemberId, courseId, lessonId);
        progress.MarkDone(at);
        return progress;
    }
}
