namespace Tandem.Domain.Training;

/// <summary>
/// That a member of staff completed a version of a course: every lesson marked done. A completion of the eCoach course
/// is what "trained" means (the adoption figures count it at or before a date); a later version does not undo it.
/// </summary>
public sealed class CourseCompletion
{
    private CourseCompletion() { } // EF Core

    private CourseCompletion(Guid staffMemberId, string courseId, int courseVersion, DateTimeOffset completedAt)
    {
        StaffMemberId = staffMemberId;
        CourseId = courseId;
        CourseVersion = courseVersion;
        CompletedAt = completedAt;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid StaffMemberId { get; private init; }
    public string CourseId { get; private init; } = "";
    public int CourseVersion { get; private init; }
    public DateTimeOffset CompletedAt { get; private init; }

    /// <summary>The completion once <paramref name="doneLessonIds"/> covers every lesson of the course.</summary>
    public static CourseCompletion For(Course course, Guid staffMemberId, IEnumerable<string> doneLessonIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(course);
        return course.IsCompletedBy(doneLessonIds)
            ? new CourseCompletion(staffMemberId, course.Id, course.Version, now)
            : throw new DomainRuleException(TrainingRules.CourseIncomplete);
    }
}
