namespace Tandem.Domain.Training;

/// <summary>The rules of staff training; each code is also the key of its localised message.</summary>
public static class TrainingRules
{
    public static readonly Rule CourseIncomplete = new("training.course-incomplete", "Mark every lesson as done first.");
    public static readonly Rule SurveyAnswer = new("training.survey-answer", "Choose how much you agree with each statement.");
    public static readonly Rule SurveyAnswered = new("training.survey-answered", "You have already answered this survey; answers are anonymous and cannot be changed.");
    public static readonly Rule AssignmentDue = new("training.assignment-due", "The due date must be today or later, and at most a year away.");
    public static readonly Rule AssignmentCompleted = new("training.assignment-completed", "The course is already completed: the completion stays, so the assignment can no longer be changed or withdrawn.");
    public static readonly Rule AssignmentWithdrawn = new("training.assignment-withdrawn", "This assignment was withdrawn; assign the training again if it is needed after all.");
}
