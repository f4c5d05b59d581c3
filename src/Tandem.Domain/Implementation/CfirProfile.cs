namespace Tandem.Domain.Implementation;

/// <summary>How the raters as a group judged a construct.</summary>
public enum Verdict
{
    /// <summary>Nobody gave a rating (only "don't know", or no answers).</summary>
    Unrated,
    Barrier,
    Facilitator,

    /// <summary>Neither side clearly: the ratings average out near zero.</summary>
    Neutral,
}

/// <summary>
/// The ratings of one construct in a round: how many people gave each score (index 0 = −2 … 4 = +2), how many did not
/// know, the mean, and whether raters disagreed (someone saw a barrier and someone a facilitator).
/// </summary>
public sealed record ConstructProfile(string ConstructId, IReadOnlyList<int> Counts, int DontKnow, IReadOnlyList<string> Comments)
{
    /// <summary>A mean at or beyond this (either side) is a barrier or facilitator rather than neutral.</summary>
    public const double VerdictThreshold = 0.5;

    public int Rated => Counts.Sum();

    public double? Mean => Rated == 0 ? null : Counts.Select((count, i) => count * (i - 2)).Sum() / (double)Rated;

    public bool Disagreement => Counts[0] + Counts[1] > 0 && Counts[3] + Counts[4] > 0;

    public Verdict Verdict => Mean switch
    {
        null => Verdict.Unrated,
        <= -VerdictThreshold => Verdict.Barrier,
        >= VerdictThreshold => Verdict.Facilitator,
        _ => Verdict.Neutral,
    };
}

public static class CfirProfile
{
    /// <summary>The profile of every construct of the round, in the round's order, from the ratings of those who sent them.</summary>
    public static IReadOnlyList<ConstructProfile> Of(IEnumerable<string> constructIds, IEnumerable<CfirRating> ratings)
    {
        var byConstruct = ratings.ToLookup(r => r.ConstructId, StringComparer.Ordinal);
        return [.. constructIds.Select(id =>
        {
            var given = byConstruct[id].ToList();
            var counts = new int[5];
            foreach (var score in given.Where(r => r.Score is not null).Select(r => r.Score!.Value))
            {
                counts[score + 2]++;
            }

            return new ConstructProfile(
                id, counts, given.Count(r => r.Score is null),
                [.. given.Select(r => r.Comment).OfType<string>().Order(StringComparer.Ordinal)]);
        })];
    }
}
