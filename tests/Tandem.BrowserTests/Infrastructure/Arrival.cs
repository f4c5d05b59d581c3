using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tandem.BrowserTests.Infrastructure;

public static class Arrival
{
    /// <summary>
    /// Waits until the page's address ends in <paramref name="path"/> by polling it, not by waiting for a navigation or a
    /// load event: a fast page may have committed already, and the worklist's event stream can hold the load event back.
    /// On a timeout the assertion names the address the page is on.
    /// </summary>
    public static Task ReachedAsync(this IPage page, string path) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"), new() { Timeout = 30_000 });
}
