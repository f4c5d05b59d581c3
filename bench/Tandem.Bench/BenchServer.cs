using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Mvc.Testing;
using Tandem.Web;

namespace Tandem.Bench;

/// <summary>
/// Hosts the real Tandem app (its own Program, services and middleware) on Kestrel, plus the Fortunes
/// baseline on the same host and database. Bench settings go in as environment variables, which the
/// app's WebApplication.CreateBuilder reads before anything else.
/// </summary>
public static class BenchServer
{
    public static async Task<int> RunAsync(Args args)
    {
        var provider = args.Provider;
        var connection = args.Required("connection");
        var port = args.Number("port", 5099);
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Bench", // not Development: no demo seed, production error pages
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Tandem"] = connection,
            ["Database__MigrateOnStartup"] = "true",
            ["Security__HttpsOnly"] = "false", // plain http on loopback: cookie "Tandem", no __Host- prefix
            ["RateLimits__AuthPerMinute"] = "1000",
            ["App__BaseUrl"] = $"http://127.0.0.1:{port}",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
            // Background jobs off: the reminder job would plan questionnaires for the whole dataset during the measured
            // rounds, and the dashboard's roll-up is recomputed by the scenario itself (and once at start-up).
            ["Reminders__Enabled"] = "false",
            ["Reporting__RefreshMinutes"] = "1440",
            ["Reporting__PrimaryOutcomes__cfs"] = "phq-9/total", // P3 reports PHQ-9 change; the dataset has PHQ-9 and GAD-7 only
            ["Reporting__PrimaryOutcomes__chronic-pain"] = "phq-9/total",
        };
        foreach (var (key, value) in settings)
        {
            Environment.SetEnvironmentVariable(key, value);
        }

        using var fortunes = Fortunes.For(provider, connection);
        using var insert = BareInsert.For(provider, connection);
        await using var factory = new TandemFactory(fortunes, insert);
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        factory.StartServer();
        Console.WriteLine($"serve: Tandem ({provider}) on http://127.0.0.1:{port}, baselines at {Fortunes.Path} and {BareInsert.Path}");

        var stop = new TaskCompletionSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
        await stop.Task;
        Console.WriteLine("serve: stopping");
        return 0;
    }

    /// <summary>src/Tandem.Web, found upwards from the binaries, so the app reads its own appsettings.json and wwwroot.</summary>
    private static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tandem.Web");
            if (File.Exists(Path.Combine(candidate, "Tandem.Web.csproj")))
            {
                return candidate;
            }
        }

        return AppContext.BaseDirectory; // a copy of appsettings.json sits next to the binaries
    }

    private sealed class TandemFactory(Fortunes fortunes, BareInsert insert) : WebApplicationFactory<AppOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Bench");
            builder.UseContentRoot(ContentRoot());
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter>(new FortunesStartupFilter(fortunes));
                services.AddSingleton<IStartupFilter>(new BareInsertStartupFilter(insert));
            });
        }
    }
}
