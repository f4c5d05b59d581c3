using System.Net;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class HealthTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Health_endpoint_answers_Healthy_to_anyone()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Every_UI_text_exists_in_Dutch_and_English()
    {
        var localizer = new Tandem.Web.Infrastructure.JsonStringLocalizer();
        var en = localizer.For("en");
        var nl = localizer.For("nl");
        Assert.Empty(en.Keys.Except(nl.Keys));
        Assert.Empty(nl.Keys.Except(en.Keys));
        Assert.Empty(en.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => "en:" + p.Key)
            .Concat(nl.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => "nl:" + p.Key)));
    }
}
