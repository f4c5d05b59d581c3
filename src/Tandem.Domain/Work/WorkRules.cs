namespace Tandem.Domain.Work;

/// <summary>The rules of the patient's work; each code is also the key of its localised message.</summary>
public static class WorkRules
{
    public static readonly Rule Required = new("work.required", "Please answer this question.");
    public static readonly Rule TooLong = new("work.too-long", "This answer is too long.");
    public static readonly Rule NotAnOption = new("work.not-an-option", "Choose one of the options.");
    public static readonly Rule OutOfRange = new("work.out-of-range", "Choose a number within the range.");
    public static readonly Rule NotANumber = new("work.not-a-number", "Enter a number.");
    public static readonly Rule NotATime = new("work.not-a-time", "Enter a time as hours and minutes, for example 08:30.");
    public static readonly Rule GoalText = new("work.goal-text", "A goal has at most 300 characters.");
    public static readonly Rule TooManyGoals = new("work.too-many-goals", "You can set at most the number of goals shown.");
    public static readonly Rule NoGoals = new("work.no-goals", "Write down at least one goal before sending.");
    public static readonly Rule GoalNotRated = new("work.goal-not-rated", "Rate each of your goals before sending.");
    public static readonly Rule Score = new("work.score", "Choose a score from 0 to 10.");
    public static readonly Rule MessageTooLong = new("work.message-too-long", "Your message is too long.");
    public static readonly Rule AwaitingFeedback = new("work.awaiting-feedback", "You already sent this; your therapist has not replied yet.");
    public static readonly Rule FeedbackRequired = new("work.feedback-required", "Write your feedback (at most 8000 characters).");
    public static readonly Rule FeedbackGiven = new("work.feedback-given", "Feedback has already been given on this.");
}
