using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Content;

public sealed class MarkdownTests
{
    [Fact]
    public void Content_Markdown_becomes_HTML_and_raw_HTML_stays_text()
    {
        var html = Markdown.ToHtml("**Take your time.** <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n- one\n- two").Value!;

        Assert.Contains("<strong>Take your time.</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_text_is_rendered_once()
    {
        Assert.Same(Markdown.ToHtml("Same *text*"), Markdown.ToHtml("Same *text*"));
    }
}
