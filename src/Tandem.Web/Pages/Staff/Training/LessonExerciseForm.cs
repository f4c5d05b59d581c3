using Tandem.Domain.Programmes;
using Tandem.Domain.Work;

namespace Tandem.Web.Pages.Staff.Training;

/// <summary>What the lesson exercise partial needs: the exercise, the notes to show, the lesson it posts to.</summary>
public sealed record LessonExerciseForm(ExerciseBlock Exercise, Answers Notes, string Language, string LessonId);
