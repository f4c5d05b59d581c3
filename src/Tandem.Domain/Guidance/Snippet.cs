namespace Tandem.Domain.Guidance;

/// <summary>
/// A reusable piece of text for feedback and messages, personal (one therapist's) or shared with a team (kept by its
/// supervisor). May hold the placeholders of <see cref="Placeholders"/>.
/// </summary>
public sealed class Snippet
{
    public const int MaxTitleLength = 80;
    public const int MaxTextLength = 2000;

    private Snippet() { } // EF Core

    private Snippet(Guid organisationId, Guid? ownerUserId, Guid? teamId, DateTimeOffset now)
    {
        OrganisationId = organisationId;
        OwnerUserId = ownerUserId;
        TeamId = teamId;
        CreatedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }

    /// <summary>Set for a personal snippet.</summary>
    public Guid? OwnerUserId { get; private init; }

    /// <summary>Set for a team snippet.</summary>
    public Guid? TeamId { get; private init; }

    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Snippet Personal(Guid organisationId, Guid ownerUserId, string? title, string? text, DateTimeOffset now)
    {
        var snippet = new Snippet(organisationId, ownerUserId, null, now);
        snippet.Edit(title, text, now);
        return snippet;
    }

    public static Snippet ForTeam(Guid organisationId, Guid teamId, string? title, string? text, DateTimeOffset now)
    {
        var snippet = new Snippet(organisationId, null, teamId, now);
        snippet.Edit(title, text, now);
        return snippet;
    }

    public void Edit(string? title, string? text, DateTimeOffset now)
    {
        title = title?.Trim() ?? "";
        text = text?.Trim() ?? "";
        if (title.Length is 0 or > MaxTitleLength)
        {
            throw new DomainRuleException(GuidanceRules.SnippetTitle);
        }

        if (text.Length is 0 or > MaxTextLength)
        {
            throw new DomainRuleException(GuidanceRules.SnippetText);
        }

        Title = title;
        Text = text;
        UpdatedAt = now;
    }
}
