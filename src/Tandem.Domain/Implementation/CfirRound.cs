namespace Tandem.Domain.Implementation;

/// <summary>
/// A CFIR barrier assessment at one site: an implementation lead chooses the constructs to rate and invites staff, who
/// each rate them until the round closes. Rounds are repeated to see what changed.
/// </summary>
public sealed class CfirRound : SiteRound
{
    public const int MaxTitleLength = 120;

    private CfirRound() { } // EF Core

    public CfirRound(Guid organisationId, Guid siteId, Guid openedById, string? title, DateOnly closesOn, IEnumerable<string> constructIds, DateTimeOffset now)
        : base(organisationId, siteId, openedById, closesOn, now)
    {
        title = title?.Trim() ?? "";
        if (title.Length is 0 or > MaxTitleLength)
        {
            throw new DomainRuleException(ImplementationRules.RoundTitle);
        }

        ConstructIds = [.. constructIds.Distinct(StringComparer.Ordinal)];
        if (ConstructIds.Count == 0)
        {
            throw new DomainRuleException(ImplementationRules.RoundConstructs);
        }

        Title = title;
    }

    public string Title { get; private init; } = "";

    /// <summary>The CFIR 2.0 construct ids to rate, in the order chosen.</summary>
    public List<string> ConstructIds { get; private init; } = [];
}

/// <summary>A staff member asked to rate a round; <see cref="SubmittedAt"/> once they sent their ratings.</summary>
public sealed class CfirInvitation
{
    private CfirInvitation() { } // EF Core

    public CfirInvitation(Guid roundId, Guid userId, DateTimeOffset now)
    {
        RoundId = roundId;
        UserId = userId;
        InvitedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid RoundId { get; private init; }
    public Guid UserId { get; private init; }
    public DateTimeOffset InvitedAt { get; private init; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>When the invitation e-mail was claimed for sending (it says only that a round waits).</summary>
    public DateTimeOffset? NoticeSentAt { get; private set; }

    public void Submit(DateTimeOffset now) => SubmittedAt ??= now;
}

/// <summary>
/// One person's rating of one construct in a round: from −2 (strong barrier) to +2 (strong facilitator), or null for
/// "don't know", with an optional comment. Shown to the lead only in aggregate, without names.
/// </summary>
public sealed class CfirRating
{
    public const int MaxCommentLength = 1000;

    private CfirRating() { } // EF Core

    public CfirRating(Guid roundId, Guid respondentId, string constructId)
    {
        RoundId = roundId;
        RespondentId = respondentId;
        ConstructId = constructId;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid RoundId { get; private init; }
    public Guid RespondentId { get; private init; }
    public string ConstructId { get; private init; } = "";
    public int? Score { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Rate(int? score, string? comment, DateTimeOffset now)
    {
        if (score is < -2 or > 2)
        {
            throw new DomainRuleException(ImplementationRules.RatingScore);
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > MaxCommentLength)
        {
            throw new DomainRuleException(ImplementationRules.RatingComment);
        }

        Score = score;
        Comment = comment;
        UpdatedAt = now;
    }
}
