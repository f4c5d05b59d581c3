using Tandem.Domain.Training;

namespace Tandem.Web.Content;

/// <summary>The training courses of <c>content/training</c>; the eCoach course is always there.</summary>
public sealed class TrainingCatalog(IReadOnlyList<Course> courses)
{
    public IReadOnlyList<Course> All { get; } = courses;

    public Course ECoach { get; } = courses.Single(c => c.Id == Course.ECoach);
}
