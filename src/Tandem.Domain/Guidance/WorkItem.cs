namespace Tandem.Domain.Guidance;

/// <summary>Why a patient is on the therapist's worklist, in the order they are worked: the first kinds come first.</summary>
public enum WorkKind
{
    /// <summary>A risk answer or a reliable deterioration that nobody has acknowledged yet.</summary>
    Alert,

    /// <summary>Sent work whose feedback deadline has passed.</summary>
    FeedbackOverdue,

    /// <summary>Sent work awaiting feedback, still within its deadline.</summary>
    FeedbackDue,

    /// <summary>A trainee's feedback waiting for the supervisor's approval before the patient sees it.</summary>
    Review,

    /// <summary>A message from the patient nobody has read yet.</summary>
    NewMessage,

    /// <summary>No sign of the patient in Tandem for the configured number of days.</summary>
    Inactive,

    /// <summary>A questionnaire whose window closed without an answer.</summary>
    QuestionnaireOverdue,
}

/// <summary>One line of the worklist: the patient, why, since when, and for feedback its deadline.</summary>
public sealed record WorkItem(WorkKind Kind, Guid PatientId, string PatientName, Guid SubjectId, DateTimeOffset Since, FeedbackDeadline? Deadline = null)
{
    /// <summary>Kind first; within a kind the most urgent first (earliest deadline, then longest waiting).</summary>
    public static IReadOnlyList<WorkItem> InOrder(IEnumerable<WorkItem> items) =>
        [.. items.OrderBy(i => i.Kind).ThenBy(i => i.Deadline?.Due ?? DateOnly.MaxValue).ThenBy(i => i.Since).ThenBy(i => i.SubjectId)];
}
