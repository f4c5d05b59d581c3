using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class StartupTests
{
    [Fact]
    public async Task Outside_development_the_app_does_not_start_without_its_public_address()
    {
        await using var app = new AppWithoutBaseUrl();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await app.InitializeAsync());

        Assert.Contains("App:BaseUrl", error.Message, StringComparison.Ordinal);
    }

    private sealed class AppWithoutBaseUrl : TandemApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("App:BaseUrl", "");
        }
    }
}
