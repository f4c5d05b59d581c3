using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

public sealed class ProgrammePreviewTests(TandemApp app)
{
    [Theory]
    [InlineData("nl-NL", "Onze online programma's")]
    [InlineData("en-GB", "Our online programmes")]
    public async Task A_prospective_patient_reads_the_programme_preview_without_an_account(string locale, string heading)
    {
        await using var context = await app.NewContextAsync(Viewports.Phone, locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.Locator("main a[href='/Programmes']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await page.AccessibleAsync($"programmes-{locale}");

        await page.Locator("main section.card a").First.ClickAsync();
        await Expect(page.Locator("ol.module-list > li").First).ToBeVisibleAsync();
        await page.AccessibleAsync($"programme-preview-{locale}");
    }
}
