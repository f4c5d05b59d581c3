using System.Text;

namespace Tandem.Domain.Organisations;

/// <summary>
/// A site's logo, kept in the database and served by the app. Only PNG, JPEG and SVG, recognised by their first
/// bytes (not by what the browser claims), at most <see cref="MaxBytes"/>; an SVG with scripts, event handlers or
/// outside references is refused.
/// </summary>
public sealed class SiteLogo
{
    public const int MaxBytes = 200 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly string[] SvgDangers = ["<script", "javascript:", "<foreignobject", "href=\"http", "href='http", "<!entity", "@import"];

    private SiteLogo() { } // EF Core

    public SiteLogo(Guid siteId, byte[] content, DateTimeOffset now)
    {
        SiteId = siteId;
        Replace(content, now);
    }

    public Guid SiteId { get; private init; }
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Replace(byte[] content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            throw new DomainRuleException(SiteRules.LogoSize);
        }

        ContentType = TypeOf(content) ?? throw new DomainRuleException(SiteRules.LogoType);
        Content = content;
        UpdatedAt = now;
    }

    private static string? TypeOf(byte[] content)
    {
        if (content.AsSpan().StartsWith(Png))
        {
            return "image/png";
        }

        if (content.AsSpan().StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF').TrimStart();
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!(text.StartsWith("<svg", StringComparison.Ordinal) || text.StartsWith("<?xml", StringComparison.Ordinal))
            || !text.Contains("<svg", StringComparison.Ordinal))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        return SvgDangers.Any(d => lower.Contains(d, StringComparison.Ordinal)) || EventHandler(lower)
            ? throw new DomainRuleException(SiteRules.LogoUnsafe)
            : "image/svg+xml";
    }

    /// <summary>An attribute such as onload= anywhere in the markup.</summary>
    private static bool EventHandler(string svg) =>
        System.Text.RegularExpressions.Regex.IsMatch(svg, @"\son[a-z]+\s*=", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
