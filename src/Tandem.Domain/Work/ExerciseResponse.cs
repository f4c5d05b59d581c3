using Tandem.Domain.Programmes;

namespace Tandem.Domain.Work;

/// <summary>
/// A patient's answers to one exercise of one module, always a draft: saved on every change, kept across
/// sessions, and copied into a <see cref="Submission"/> when sent to the therapist.
/// </summary>
public sealed class ExerciseResponse
{
    private ExerciseResponse() { } // EF Core

    public ExerciseResponse(Guid patientId, string moduleId, string exerciseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(exerciseId);
        PatientId = patientId;
        ModuleId = moduleId;
        ExerciseId = exerciseId;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public string ModuleId { get; private init; } = "";
    public string ExerciseId { get; private init; } = "";

    /// <summary>The answers as JSON (field id → values); see <see cref="Answers"/>.</summary>
    public string AnswersJson { get; private set; } = "{}";

    public DateTimeOffset SavedAt { get; private set; }

    public Answers Answers => Answers.FromJson(AnswersJson);

    /// <summary>Saves what the patient has so far; refuses values that are invalid even in a draft.</summary>
    public IReadOnlyList<FieldError> SaveDraft(ExerciseBlock exercise, Answers answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answers);
        if (exercise.Id != ExerciseId)
        {
            throw new ArgumentException("Answers for another exercise.", nameof(exercise));
        }

        var errors = AnswerCheck.Draft(exercise, answers);
        if (errors.Count == 0)
        {
            AnswersJson = answers.ToJson();
            SavedAt = now;
        }

        return errors;
    }
}
