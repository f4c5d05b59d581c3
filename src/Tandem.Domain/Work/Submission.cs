using System.Text.Json;
using Tandem.Domain.Guidance;
using Tandem.Domain.Programmes;

namespace Tandem.Domain.Work;

/// <summary>
/// What a patient sent at a feedback moment, as it was then, and the therapist's written feedback on it. A trainee's
/// feedback waits for a supervisor's approval before it is released to the patient; the supervisor may also return it.
/// </summary>
public sealed class Submission
{
    public const int MaxMessageLength = 2000;
    public const int MaxFeedbackLength = 8000;
    public const int MaxReviewNoteLength = 2000;

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

    /// <summary>When the patient could first see the feedback: at once, or when a supervisor approved it.</summary>
    public DateTimeOffset? FeedbackReleasedAt { get; private set; }

    public Guid? ApprovedByUserId { get; private set; }

    /// <summary>The supervisor's note when they returned the feedback to its writer.</summary>
    public string? ReviewNote { get; private set; }

    /// <summary>Raised on every change, so two people acting on the same submission at once cannot both succeed.</summary>
    public int Version { get; private set; }

    public SubmissionSnapshot Snapshot => JsonSerializer.Deserialize<SubmissionSnapshot>(SnapshotJson)!;

    public bool AwaitsFeedback => Feedback is null;

    public bool AwaitsApproval => Feedback is not null && FeedbackReleasedAt is null;

    /// <summary>Whether the patient can see the feedback (what patient pages go by; staff also see feedback awaiting approval).</summary>
    public bool FeedbackReleased => FeedbackReleasedAt is not null;

    public bool HasUnseenFeedback => FeedbackReleasedAt is not null && SeenByPatientAt is null;

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

    /// <summary>Sends the included work; refused while an earlier sending of the same moment awaits (released) feedback.</summary>
    public static Submission Send(
        Guid patientId, Module module, FeedbackMomentBlock moment, Func<string, Answers> answers, IReadOnlyList<Goal> goals,
        string? message, Submission? previous, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(moment);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(goals);
        if (previous is { FeedbackReleasedAt: null })
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

    /// <summary>Gives feedback; released at once unless the writer's feedback needs a supervisor's approval.</summary>
    public void GiveFeedback(string? text, Guid byUserId, bool needsApproval, DateTimeOffset now)
    {
        if (Feedback is not null)
        {
            throw new DomainRuleException(WorkRules.FeedbackGiven);
        }

        Feedback = Checked(text);
        FeedbackByUserId = byUserId;
        FeedbackAt = now;
        FeedbackReleasedAt = needsApproval ? null : now;
        Version++;
    }

    /// <summary>The supervisor releases the feedback to the patient, with their corrections if any.</summary>
    public void Approve(Guid byUserId, string? correctedText, DateTimeOffset now)
    {
        if (!AwaitsApproval)
        {
            throw new DomainRuleException(GuidanceRules.NotAwaitingApproval);
        }

        Feedback = Checked(correctedText ?? Feedback);
        ApprovedByUserId = byUserId;
        FeedbackReleasedAt = now;
        ReviewNote = null;
        Version++;
    }

    /// <summary>The supervisor sends the feedback back to its writer with a note; it awaits feedback again. Returns the text.</summary>
    public string Return(string? note)
    {
        if (!AwaitsApproval)
        {
            throw new DomainRuleException(GuidanceRules.NotAwaitingApproval);
        }

        note = note?.Trim() ?? "";
        if (note.Length is 0 or > MaxReviewNoteLength)
        {
            throw new DomainRuleException(GuidanceRules.ReturnNote);
        }

        var text = Feedback!;
        ReviewNote = note;
        Feedback = null;
        FeedbackByUserId = null;
        FeedbackAt = null;
        Version++;
        return text;
    }

    private static string Checked(string? text)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > MaxFeedbackLength)
        {
            throw new DomainRuleException(WorkRules.FeedbackRequired);
        }

        Placeholders.CheckComplete(text);
        return text;
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
