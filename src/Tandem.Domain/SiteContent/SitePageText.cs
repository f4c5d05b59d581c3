using Tandem.Domain.Programmes;

namespace Tandem.Domain.SiteContent;

public static class SiteContentRules
{
    public const int MaxTextLength = 20_000;

    public static readonly Rule TextRequired = new("site-content.text-required", "Give the text in both Dutch and English.");
    public static readonly Rule TextTooLong = new("site-content.text-too-long", "A page text can be at most 20,000 characters.");
    public static readonly Rule NoText = new("site-content.no-text", "This page has no text to adapt.");
}

/// <summary>
/// The text of a content page: its text blocks' Markdown, in order, separated by a blank line. A site's
/// adaptation replaces exactly this; pictures, exercises and other blocks stay as the programme has them.
/// </summary>
public static class PageText
{
    public static LocalizedText? Of(Page page)
    {
        var texts = page.Blocks.OfType<TextBlock>().Select(b => b.Text).ToList();
        return texts.Count == 0
            ? null
            : new LocalizedText(
                string.Join("\n\n", texts.Select(t => t.Dutch.TrimEnd())),
                string.Join("\n\n", texts.Select(t => t.English.TrimEnd())));
    }

    /// <summary>Text as a site typed it: one kind of line ending, no trailing white space at the end.</summary>
    public static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd();
}

/// <summary>
/// A site's own version of one page's text (local ownership of content). It remembers the base text it was
/// written against (snapshot and module version), so a later base change the site has not yet seen shows up.
/// </summary>
public sealed class SitePageText
{
    private SitePageText() { } // EF Core

    public SitePageText(Guid siteId, string programmeId, Module module, Page page, LocalizedText text, Guid byUserId, DateTimeOffset now)
    {
        var baseText = PageText.Of(page) ?? throw new DomainRuleException(SiteContentRules.NoText);
        SiteId = siteId;
        ProgrammeId = programmeId;
        ModuleId = module.Id;
        PageId = page.Id;
        Rebase(module.Version, baseText);
        Edit(text, byUserId, now);
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid SiteId { get; private init; }
    public string ProgrammeId { get; private init; } = "";
    public string ModuleId { get; private init; } = "";
    public string PageId { get; private init; } = "";

    /// <summary>The module version whose text <see cref="BaseDutch"/> and <see cref="BaseEnglish"/> hold.</summary>
    public int BaseModuleVersion { get; private set; }

    public string BaseDutch { get; private set; } = "";
    public string BaseEnglish { get; private set; } = "";
    public string Dutch { get; private set; } = "";
    public string English { get; private set; } = "";
    public Guid UpdatedByUserId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public LocalizedText Text => new(Dutch, English);

    public LocalizedText BaseText => new(BaseDutch, BaseEnglish);

    public void Edit(LocalizedText text, Guid byUserId, DateTimeOffset now)
    {
        var dutch = PageText.Normalise(text.Dutch);
        var english = PageText.Normalise(text.English);
        if (dutch.Length == 0 || english.Length == 0)
        {
            throw new DomainRuleException(SiteContentRules.TextRequired);
        }

        if (dutch.Length > SiteContentRules.MaxTextLength || english.Length > SiteContentRules.MaxTextLength)
        {
            throw new DomainRuleException(SiteContentRules.TextTooLong);
        }

        Dutch = dutch;
        English = english;
        UpdatedByUserId = byUserId;
        UpdatedAt = now;
    }

    /// <summary>
    /// Whether the programme's current page text differs from the text this adaptation was written against, in a
    /// newer module version: then the site should look whether its own text needs the same change.
    /// </summary>
    public bool BaseChangedIn(Module module, Page page) =>
        module.Version > BaseModuleVersion && PageText.Of(page) is { } current && current != BaseText;

    /// <summary>The site has looked at the new base text: from now on it is the base this adaptation follows.</summary>
    public void MarkReviewed(Module module, Page page, Guid byUserId, DateTimeOffset now)
    {
        Rebase(module.Version, PageText.Of(page) ?? throw new DomainRuleException(SiteContentRules.NoText));
        UpdatedByUserId = byUserId;
        UpdatedAt = now;
    }

    private void Rebase(int version, LocalizedText baseText)
    {
        BaseModuleVersion = version;
        BaseDutch = baseText.Dutch;
        BaseEnglish = baseText.English;
    }
}

/// <summary>How a patient's page looks with its site's text: the site text where the first text block was, the other text blocks gone.</summary>
public static class SitePage
{
    public static IReadOnlyList<Block> Blocks(Page page, LocalizedText? siteText)
    {
        if (siteText is null)
        {
            return page.Blocks;
        }

        var blocks = new List<Block>(page.Blocks.Count);
        var placed = false;
        foreach (var block in page.Blocks)
        {
            if (block is not TextBlock)
            {
                blocks.Add(block);
            }
            else if (!placed)
            {
                blocks.Add(new TextBlock(siteText));
                placed = true;
            }
        }

        return blocks;
    }
}
