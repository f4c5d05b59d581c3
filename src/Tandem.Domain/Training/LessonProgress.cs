namespace Tandem.Domain.Training;

/// <summary>
/// A member of staff's work on one lesson of a course: their own notes on its exercises (not health data) and whether
/// they marked it done. One per person, course and lesson.
/// </summary>
public sealed class LessonProgress
{
    private LessonProgress() { } // EF Core

    public LessonProgress(Guid staffMemberId, string courseId, string lessonId)
    {
        StaffMemberId = staffMemberId;
        CourseId = courseId;
        LessonId = lessonId;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid StaffMemberId { get; private init; }
    public string CourseId { get; private init; } = "";
    public string LessonId { get; private init; } = "";

    /// <summary>The notes as JSON: exercise id → field id → values.</summary>
    public string Notes { get; private set; } = "{}";
    public DateTimeOffset? NotesSavedAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }

    public bool IsDone => DoneAt is not null;

    public void SaveNotes(string json, DateTimeOffset now)
    {
        Notes = json;
        NotesSavedAt = now;
    }

    /// <summary>Marking done twice keeps the first moment.</summary>
    public void MarkDone(DateTimeOffset now) => DoneAt ??= now;
}
