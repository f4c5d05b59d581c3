using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// Every visited page is checked with axe-core (WCAG 2.2 AA) and photographed, at desktop and at phone
/// width. Serious and critical violations fail the test.
/// </summary>
public static class PageCheck
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly string[] Blocking = ["serious", "critical"];

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public static async Task AccessibleAsync(this IPage page, string name)
    {
        var original = page.ViewportSize;
        foreach (var viewport in new[] { Viewports.Desktop, Viewports.Phone })
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(ScreenshotDirectory, $"{name}-{viewport.Width}x{viewport.Height}.png"),
                FullPage = true,
            });
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            });
            var violations = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
            Assert.True(violations.Count == 0, $"axe on {name} ({page.Url}) at {viewport.Width}px:{Environment.NewLine}" + string.Join(
                Environment.NewLine,
                violations.Select(v => $"- {v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
        }

        if (original is not null)
        {
            await page.SetViewportSizeAsync(original.Width, original.Height);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tandem.slnx")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
