using System.Text.Json;
using Tandem.Domain.Programmes;

namespace Tandem.Domain.Work;

/// <summary>What a patient sent at a feedback moment, as it was then, and the therapist's written feedback on it.</summary>
public sealed class Submission
{
    public const int MaxMessageLength = 2000;
    public const int MaxFeedbackLength = 8000;

    private Submission() { } // EF Core

    private Submission(Guid patientId, string moduleId, string momentId, SubmissionSnapshot snapshot, string? message, DateTimeOffset now)
    {
        PatientId = patientId;
        ModuleId = moduleId;
        FeedbackMomentId = momentId;
        SnapshotJson = JsonSerializer.Serialize(snapshot);
        Message = message;
        SubmittedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public string ModuleId { get; private init; } = "";
    public string FeedbackMomentId { get; private init; } = "";
    public string SnapshotJson { get; private init; } = "{}";

    /// <summary>An optional note from the patient to the therapist.</summary>
    public string? Message { get; private init; }

    public DateTimeOffset SubmittedAt { get; private init; }
    public string? Feedback { get; private set; }
    public Guid? FeedbackByUserId { get; private set; }
    public DateTimeOffset? FeedbackAt { get; private set; }
    public DateTimeOffset? SeenByPatientAt { get; private set; }

    public SubmissionSnapshot Snapshot => JsonSerializer.Deserialize<SubmissionSnapshot>(SnapshotJson)!;

    public bool AwaitsFeedback => Feedback is null;

    public bool HasUnseenFeedback => Feedback is not null && SeenByPatientAt is null;

    /// <summary>What stops the included work from being sent: missing required answers, goals not set or rated.</summary>
    public static IReadOnlyList<SubmissionError> Check(Module module, FeedbackMomentBlock moment, Func<string, Answers> answers, IReadOnlyList<Goal> goals)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(moment);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(goals);
        var errors = new List<SubmissionError>();
        foreach (var block in Included(module, moment))
        {
            switch (block)
            {
                case ExerciseBlock exercise:
                    errors.AddRange(AnswerCheck.Submission(exercise, answers(exercise.Id)).Select(e => new SubmissionError(exercise.Id, e.FieldId, e.Rule)));
                    break;
                case GoalBlock { Mode: GoalMode.Set } goal when goals.Count == 0:
                    errors.Add(new SubmissionError(goal.Id, null, WorkRules.NoGoals));
                    break;
                case GoalBlock { Mode: GoalMode.Rate } goal when goals.Any(g => g.RatingIn(module.Id) is null):
                    errors.Add(new SubmissionError(goal.Id, null, WorkRules.GoalNotRated));
                    break;
            }
        }

        return errors;
    }

    /// <summary>Sends the included work; refused while an earlier sending of the same moment awaits feedback.</summary>
    public static Submission Send(
        Guid patientId, Module module, FeedbackMomentBlock moment, Func<string, Answers> answers, IReadOnlyList<Goal> goals,
        string? message, Submission? previous, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(moment);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(goals);
        if (previous is { AwaitsFeedback: true })
        {
            throw new DomainRuleException(WorkRules.AwaitingFeedback);
        }

        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (message?.Length > MaxMessageLength)
        {
            throw new DomainRuleException(WorkRules.MessageTooLong);
        }

        if (Check(module, moment, answers, goals) is [var first, ..])
        {
            throw new DomainRuleException(first.Rule);
        }

        var included = Included(module, moment).ToList();
        var snapshot = new SubmissionSnapshot(
            [.. included.OfType<ExerciseBlock>().Select(e => new ExerciseSnapshot(e.Id, answers(e.Id).ToJson()))],
            included.OfType<GoalBlock>().Any()
                ? [.. goals.OrderBy(g => g.Position).Select(g => new GoalSnapshot(g.Id, g.Text, g.RatingIn(module.Id)?.Score ?? g.Latest?.Score))]
                : []);
        return new Submission(patientId, module.Id, moment.Id, snapshot, message, now);
    }

    /// <summary>The exercise and goal blocks of the module that the moment sends, in the order of its list.</summary>
    public static IEnumerable<Block> Included(Module module, FeedbackMomentBlock moment)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(moment);
        var blocks = module.Pages.SelectMany(p => p.Blocks).ToList();
        foreach (var id in moment.Includes)
        {
            var block = blocks.FirstOrDefault(b => b is ExerciseBlock e && e.Id == id || b is GoalBlock g && g.Id == id);
            if (block is not null)
            {
                yield return block;
            }
        }
    }

    public void GiveFeedback(string text, Guid byUserId, DateTimeOffset now)
    {
        if (Feedback is not null)
        {
            throw new DomainRuleException(WorkRules.FeedbackGiven);
        }

        text = text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > MaxFeedbackLength)
        {
            throw new DomainRuleException(WorkRules.FeedbackRequired);
        }

        Feedback = text;
        FeedbackByUserId = byUserId;
        FeedbackAt = now;
    }

    /// <summary>The patient opened the feedback; the first time counts.</summary>
    public void MarkSeen(DateTimeOffset now)
    {
        if (HasUnseenFeedback)
        {
            SeenByPatientAt = now;
        }
    }
}

public sealed record SubmissionError(string BlockId, string? FieldId, Rule Rule);

/// <summary>The included work at the moment of sending; answers as <see cref="Answers"/> JSON.</summary>
public sealed record SubmissionSnapshot(IReadOnlyList<ExerciseSnapshot> Exercises, IReadOnlyList<GoalSnapshot> Goals);

public sealed record ExerciseSnapshot(string ExerciseId, string AnswersJson)
{
    public Answers Answers => Answers.FromJson(AnswersJson);
}

public sealed record GoalSnapshot(Guid GoalId, string Text, int? Score);
