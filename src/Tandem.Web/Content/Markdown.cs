using System.Collections.Concurrent;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Tandem.Web.Content;

/// <summary>
/// Content Markdown to HTML, raw HTML disabled (written out as text). The catalogue never changes while the
/// app runs, so each text is rendered once and kept.
/// </summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly ConcurrentDictionary<string, HtmlString> Rendered = new(StringComparer.Ordinal);

    public static HtmlString ToHtml(string markdown) =>
        Rendered.GetOrAdd(markdown, text => new HtmlString(Markdig.Markdown.ToHtml(text, Pipeline)));
}
