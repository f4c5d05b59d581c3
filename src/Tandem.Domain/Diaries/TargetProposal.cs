namespace Tandem.Domain.Diaries;

/// <summary>
/// What Tandem proposes for the next period: <see cref="Minutes"/> a day, a step up when the last period went
/// well (<see cref="StepsUp"/>) or the same level otherwise. <see cref="DaysMet"/> of <see cref="DaysCounted"/>
/// days reached the current target; <see cref="DaysRequired"/> were needed.
/// </summary>
public sealed record TargetProposal(int Minutes, bool StepsUp, int DaysMet, int DaysCounted, int DaysRequired);
