using Tandem.Domain.Programmes;
using Tandem.Domain.Work;

namespace Tandem.Web.Pages.Patient;

/// <summary>What the exercise partial needs: the exercise, the answers to show, and where it posts.</summary>
public sealed record ExerciseForm(ExerciseBlock Exercise, Answers Answers, string Language, string ModuleId, string PageId);
