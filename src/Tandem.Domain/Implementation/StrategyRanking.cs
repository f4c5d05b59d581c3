namespace Tandem.Domain.Implementation;

/// <summary>
/// A strategy's standing for the chosen barriers, with the endorsements it rests on. Where a source printed only the
/// level, the pair counts at the level's lower bound (Level 1: 50 %, Level 2 and "1 or 2": 20 %), so the sum is then a
/// minimum (<see cref="HasUnprintedPercentages"/>).
/// </summary>
public sealed record RankedStrategy(int StrategyId, int CumulativePercent, int Level1, int Level2, int LevelUnknown, IReadOnlyList<Endorsement> Because)
{
    /// <summary>Endorsements counted in <see cref="CumulativePercent"/> lack a printed percentage for these barriers.</summary>
    public bool HasUnprintedPercentages => Because.Any(e => e.Percent is null);
}

/// <summary>
/// The CFIR-ERIC matching logic (Waltz et al. 2019): for the chosen barriers, sum each strategy's endorsement
/// percentages ("cumulative endorsement", an unprinted one at its level's lower bound) and count its Level 1 and Level 2
/// pairs; rank by the sum, then by Level 1, Level 2 and "Level 1 or 2" pairs, then by strategy number.
/// </summary>
public static class StrategyRanking
{
    public static IReadOnlyList<RankedStrategy> Rank(IEnumerable<string> barriers, IEnumerable<Endorsement> table)
    {
        var chosen = barriers.ToHashSet(StringComparer.Ordinal);
        return [.. table
            .Where(e => chosen.Contains(e.Barrier))
            .GroupBy(e => e.StrategyId)
            .Select(g => new RankedStrategy(
                g.Key,
                g.Sum(e => e.Percent ?? LowerBound(e.Level)),
                g.Count(e => e.Level == EndorsementLevel.One),
                g.Count(e => e.Level == EndorsementLevel.Two),
                g.Count(e => e.Level == EndorsementLevel.OneOrTwo),
                [.. g.OrderBy(e => e.Barrier, StringComparer.Ordinal)]))
            .OrderByDescending(s => s.CumulativePercent)
            .ThenByDescending(s => s.Level1)
            .ThenByDescending(s => s.Level2)
            .ThenByDescending(s => s.LevelUnknown)
            .ThenBy(s => s.StrategyId)];
    }

    /// <summary>The least percentage a level stands for: Level 1 is 50 % or more, Level 2 (and "1 or 2") 20 % or more.</summary>
    public static int LowerBound(EndorsementLevel level) => level == EndorsementLevel.One ? 50 : 20;
}
