using Tandem.Domain.Programmes;

namespace Tandem.Domain.Training;

/// <summary>
/// A training course for staff (content/training/&lt;id&gt;): lessons in the module page format (text and exercise blocks
/// only) and an optional short survey after the last lesson.
/// </summary>
public sealed record Course(string Id, int Version, ModuleReview Review, LocalizedText Title, LocalizedText Summary, IReadOnlyList<Module> Lessons, CourseSurvey? Survey)
{
    /// <summary>The eCoach course for therapists; who has completed it counts as trained.</summary>
    public const string ECoach = "ecoach";

    public Module? Lesson(string? id) => Lessons.FirstOrDefault(l => l.Id == id);

    /// <summary>A course is completed when every lesson is marked done; the survey is offered but not required.</summary>
    public bool IsCompletedBy(IEnumerable<string> doneLessonIds)
    {
        var done = doneLessonIds.ToHashSet(StringComparer.Ordinal);
        return Lessons.Count > 0 && Lessons.All(l => done.Contains(l.Id));
    }
}

/// <summary>Statements rated on the app's 5-point agreement scale, once, anonymously.</summary>
public sealed record CourseSurvey(LocalizedText Intro, IReadOnlyList<SurveyItem> Items);

public sealed record SurveyItem(string Id, LocalizedText Text);
