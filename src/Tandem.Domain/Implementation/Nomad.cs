namespace Tandem.Domain.Implementation;

/// <summary>A NoMAD construct item (Finch et al. 2018), its wording already filled with the intervention's name.</summary>
public sealed record NomadItem(string Id, int Order, string Construct, string SubConstruct, string Text, bool Reversed);

/// <summary>Why a respondent found an item not relevant (NoMAD "Option B").</summary>
public enum NotRelevant
{
    ToMyRole = 1,
    AtThisStage = 2,
    ToTheIntervention = 3,
}

/// <summary>
/// A NoMAD round at a site: an implementation lead opens it, the site's staff answer once each, anonymously, until it
/// closes. Repeated rounds show how far the online treatment is becoming normal work.
/// </summary>
public sealed class NomadRound : SiteRound
{
    private NomadRound() { } // EF Core

    public NomadRound(Guid organisationId, Guid siteId, Guid openedById, DateOnly closesOn, DateTimeOffset now)
        : base(organisationId, siteId, openedById, closesOn, now)
    {
    }
}

/// <summary>That a person answered a round (so nobody answers twice), kept apart from what they answered.</summary>
public sealed class NomadParticipation
{
    private NomadParticipation() { } // EF Core

    public NomadParticipation(Guid roundId, Guid userId)
    {
        RoundId = roundId;
        UserId = userId;
    }

    public Guid RoundId { get; private init; }
    public Guid UserId { get; private init; }
}

/// <summary>
/// One answer of an anonymous response: grouped by a random response id that nothing links to a person (no user, no
/// time). Either an agreement from 1 (strongly disagree) to 5 (strongly agree) or a reason the item is not relevant.
/// </summary>
public sealed class NomadAnswer
{
    private NomadAnswer() { } // EF Core

    public NomadAnswer(Guid roundId, Guid responseId, string itemId, int? agreement, NotRelevant? notRelevant)
    {
        if ((agreement is null) == (notRelevant is null) || agreement is < 1 or > 5 || (notRelevant is { } reason && !Enum.IsDefined(reason)))
        {
            throw new DomainRuleException(ImplementationRules.NomadAnswer);
        }

        RoundId = roundId;
        ResponseId = responseId;
        ItemId = itemId;
        Agreement = agreement;
        NotRelevant = notRelevant;
    }

    public Guid Id { get; private init; } = Guid.NewGuid(); // random, not time-ordered: no order to correlate with participations
    public Guid RoundId { get; private init; }
    public Guid ResponseId { get; private init; }
    public string ItemId { get; private init; } = "";
    public int? Agreement { get; private init; }
    public NotRelevant? NotRelevant { get; private init; }
}

/// <summary>A construct's result in a round: the mean agreement (reversed items turned round), and how many answers it rests on.</summary>
public sealed record ConstructScore(string Construct, double? Mean, int Answers, int NotRelevant);

/// <summary>An item's own result: the mean of its answers as given (not reversed).</summary>
public sealed record ItemScore(string ItemId, double? Mean, int Answers, int NotRelevant);

public static class NomadScoring
{
    /// <summary>Construct means over every answer in the round, in the order the constructs first appear among the items.</summary>
    public static IReadOnlyList<ConstructScore> Constructs(IReadOnlyList<NomadItem> items, IEnumerable<NomadAnswer> answers)
    {
        var byItem = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var given = answers.Where(a => byItem.ContainsKey(a.ItemId)).ToList();
        return [.. items.Select(i => i.Construct).Distinct().Select(construct =>
        {
            var inConstruct = given.Where(a => byItem[a.ItemId].Construct == construct).ToList();
            var scores = inConstruct.Where(a => a.Agreement is not null)
                .Select(a => byItem[a.ItemId].Reversed ? 6 - a.Agreement!.Value : a.Agreement!.Value).ToList();
            return new ConstructScore(construct, scores.Count == 0 ? null : scores.Average(), scores.Count, inConstruct.Count(a => a.NotRelevant is not null));
        })];
    }

    public static IReadOnlyList<ItemScore> Items(IReadOnlyList<NomadItem> items, IEnumerable<NomadAnswer> answers)
    {
        var byItem = answers.ToLookup(a => a.ItemId, StringComparer.Ordinal);
        return [.. items.Select(i =>
        {
            var scores = byItem[i.Id].Where(a => a.Agreement is not null).Select(a => a.Agreement!.Value).ToList();
            return new ItemScore(i.Id, scores.Count == 0 ? null : scores.Average(), scores.Count, byItem[i.Id].Count(a => a.NotRelevant is not null));
        })];
    }

    /// <summary>Results are shown only from this many respondents in a round, so no individual's answers can be read off.</summary>
    public static bool MayShow(int respondents, int minimumGroupSize) => respondents >= minimumGroupSize;
}
