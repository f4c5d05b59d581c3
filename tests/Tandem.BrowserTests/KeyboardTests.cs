using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

public sealed class KeyboardTests(TandemApp app)
{
    [Fact]
    public async Task The_first_Tab_on_a_page_focuses_the_skip_link_which_moves_focus_to_the_main_content()
    {
        await using var context = await app.NewContextAsync(Viewports.Phone, "nl-NL");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator("a.skip-link");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToHaveTextAsync("Naar de inhoud");
        await Expect(skipLink).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }
}
