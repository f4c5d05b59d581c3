using System.Collections.Concurrent;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Tandem.Web.Content;

/// <summary>
/// Content Markdown to HTML, raw HTML disabled (written out as text). The catalogue never changes while the
/// app runs, so each text is rendered once and kept; the bound keeps sites' edited texts from growing it forever.
/// </summary>
public static class Markdown
{
    private const int MaxKept = 20_000;
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly ConcurrentDictionary<string, HtmlString> Rendered = new(StringComparer.Ordinal);

    public static HtmlString ToHtml(string markdown) =>
        Rendered.TryGetValue(markdown, out var html) ? html
        : Rendered.Count < MaxKept ? Rendered.GetOrAdd(markdown, Render)
        : Render(markdown);

    private static HtmlString Render(string markdown) => new(Markdig.Markdown.ToHtml(markdown, Pipeline));
}
