namespace Tandem.Domain.Diaries;

/// <summary>How a graded-activity step is expressed: a fixed number of minutes, or a percentage of the current level.</summary>
public enum IncrementKind
{
    Minutes,
    Percent,
}
