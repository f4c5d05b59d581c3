using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Content;

public sealed class StartupContentTests
{
    [Fact]
    public async Task The_app_does_not_start_while_the_content_has_errors()
    {
        using var content = new ContentFolder();
        content.Write("programmes/demo/modules/demo-02.yaml", ContentFolder.Module2.Replace("en: \"Hello\"", "en: \"\"", StringComparison.Ordinal));
        await using var app = new AppWithContent(content.Root);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await app.InitializeAsync());

        Assert.Contains("programmes/demo/modules/demo-02.yaml:13: 'text' of text block is missing the English text ('en')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_starts_with_the_shipped_programmes_in_its_catalogue()
    {
        await using var app = new TandemApp();
        await app.InitializeAsync();

        var catalog = app.Services.GetRequiredService<ProgrammeCatalog>();

        Assert.Equal(["cfs", "chronic-pain"], catalog.All.Select(p => p.Id));
        Assert.NotNull(catalog.Find("cfs")?.FindModule("cfs-05b-low-active"));
    }

    private sealed class AppWithContent(string contentRoot) : TandemApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:Path", contentRoot);
        }
    }
}
