using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;

[assembly: AssemblyFixture(typeof(TandemApp))]

namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// One real Tandem on a loopback Kestrel port (SQLite in a temp file, SMTP to <see cref="MailCapture"/>),
/// one headless Chromium, shared by every test. Tests isolate themselves with their own organisation,
/// accounts and browser contexts.
/// </summary>
public sealed class TandemApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("tandem-browser-");
    private TandemFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public MailCapture Mail { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1");

    public Accounts Accounts => new(Services);

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var port = FreePort.Next();
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        _factory = new TandemFactory(new Dictionary<string, string>
        {
            ["Security:HttpsOnly"] = "false",
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Tandem"] = $"Data Source={Path.Combine(_directory.FullName, "tandem.db")}",
            ["Database:MigrateOnStartup"] = "true",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:StartTls"] = "false",
            ["App:BaseUrl"] = BaseUrl.ToString().TrimEnd('/'),
            ["RateLimits:AuthPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TANDEM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser profile (no cookies) at the given size and language.</summary>
    public Task<IBrowserContext> NewContextAsync(ViewportSize viewport, string locale) =>
        (_browser ?? throw new InvalidOperationException("Not started.")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = viewport,
            Locale = locale,
        });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Mail.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private sealed class TandemFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

public static class Viewports
{
    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 800 };
    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };
}
