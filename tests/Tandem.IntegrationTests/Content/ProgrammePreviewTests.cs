using System.Net;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Content;

public sealed class ProgrammePreviewTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Anyone_can_see_which_programmes_the_clinic_offers_in_Dutch_and_in_English()
    {
        using var client = app.NewClient();

        client.Language = "nl";
        var dutch = await client.GetPageAsync("/Programmes");
        client.Language = "en";
        var english = await client.GetPageAsync("/Programmes");

        Assert.Equal(HttpStatusCode.OK, dutch.Response.StatusCode);
        Assert.Equal(2, dutch.Page.QuerySelectorAll("main section.card").Length);
        Assert.Equal("Onze online programma's", dutch.Page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Our online programmes", english.Page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_CFS_preview_lists_its_seven_steps_with_both_activity_variants_of_step_five()
    {
        using var client = app.NewClient();

        var (response, page) = await client.GetPageAsync("/Programmes/Detail/cfs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = page.QuerySelectorAll("ol.module-list > li");
        Assert.Equal(7, steps.Length);
        Assert.Equal(2, steps[4].QuerySelectorAll("h2.module-title").Length);
        Assert.NotNull(page.QuerySelector("[role=note]"));
    }

    [Fact]
    public async Task An_unknown_programme_is_not_found()
    {
        using var client = app.NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Programmes/Detail/no-such-programme")).StatusCode);
    }
}
