using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Tandem.Web.Data;
using Tandem.Web.Reporting;

namespace Tandem.Bench;

/// <summary>
/// P3 (reliability-performance.md §B4): the organisation administrator's RE-AIM dashboard over the whole generated
/// organisation (100k patients, 10M diary entries) for a year, against the same aggregate SQL run directly on the same
/// database with raw Npgsql (no app, no process start: stricter than psql), interleaved round by round. Also times a
/// full recomputation of the roll-up through the page's "Recompute now". Goals: p95 ≤ 300 ms per page and page p50 ≤
/// 1.2 × raw SQL p50 + 20 ms.
/// </summary>
public static partial class DashboardScenario
{
    private const double P95GoalMs = 300;
    private const double RatioGoal = 1.2;
    private const double SlackMs = 20;

    public static async Task<int> RunAsync(Args args)
    {
        var url = args.Get("url", "http://127.0.0.1:5099").TrimEnd('/');
        var connection = args.Required("connection");
        var rounds = args.Number("rounds", 3);
        var duration = args.Number("duration", 20);
        var (first, last) = (args.Get("from", "2025-01"), args.Get("to", "2025-12"));
        var page = $"/Staff/Reports/ReAim?from={first}&to={last}";

        var cookies = await Scenario.SignInAsync(url, BenchAccounts.AdminEmail);
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(5) };
        var html = await http.GetStringAsync(url + page);
        var token = Token().Match(html).Groups[1].Value;
        var refresh = Stopwatch.StartNew();
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]);
        var posted = await http.PostAsync($"{url}/Staff/Reports/ReAim?handler=Refresh", form);
        refresh.Stop();
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Recompute: {(int)posted.StatusCode}.");
        }

        html = await http.GetStringAsync(url + page);
        var started = Figure(html, "Started treatment");
        Console.WriteLine($"dashboard: full recompute {refresh.Elapsed.TotalSeconds:F1} s; {first}..{last}: {started} treatments started");

        var commands = await CaptureAsync(connection, first, last);
        Console.WriteLine($"dashboard: the page's data queries are {commands.Count} statements");
        var cookieHeader = cookies.GetCookieHeader(new Uri(url));
        var candidate = new Hey(url + page, $"Cookie: {cookieHeader}", null);
        await candidate.RunAsync(5, 1, null);
        await RawAsync(connection, commands, TimeSpan.FromSeconds(5));

        var results = new List<DashboardRound>();
        for (var r = 1; r <= rounds; r++)
        {
            var raw = await RawAsync(connection, commands, TimeSpan.FromSeconds(duration));
            var pageRun = await candidate.RunAsync(duration, 1, null);
            var round = new DashboardRound(r, pageRun, raw);
            results.Add(round);
            Console.WriteLine($"dashboard: round {r}: page p50 {pageRun.P50Ms:F1} ms p95 {pageRun.P95Ms:F1} ms ({pageRun.StatusCodes}); raw SQL p50 {raw.P50Ms:F1} ms p95 {raw.P95Ms:F1} ms");
        }

        var pageP50 = Scenario.Median(results.Select(r => r.Page.P50Ms));
        var pageP95 = Scenario.Median(results.Select(r => r.Page.P95Ms));
        var rawP50 = Scenario.Median(results.Select(r => r.Raw.P50Ms));
        var rawP95 = Scenario.Median(results.Select(r => r.Raw.P95Ms));
        var passed = pageP95 <= P95GoalMs && pageP50 <= (RatioGoal * rawP50) + SlackMs;
        var rule = $"page p95 <= {P95GoalMs} ms and page p50 <= {RatioGoal} x raw SQL p50 + {SlackMs} ms";
        var now = TimeProvider.System.GetUtcNow();
        var result = new DashboardResult(
            "P3 RE-AIM dashboard (organisation, 12 months) vs the same SQL with raw Npgsql", args.Provider, now, args.Get("commit", ""),
            MachineInfo.Read(), new Scenario.Dataset(args.Number("patients", 0), args.Number("therapists", 0), 0),
            Math.Round(refresh.Elapsed.TotalMilliseconds), commands.Select(c => c.Text).ToList(), results,
            pageP50, pageP95, rawP50, rawP95, Math.Round(pageP50 / rawP50, 3), new Scenario.GoalResult(rule, RatioGoal, passed), args.Get("notes", ""));
        var outDir = args.Get("out", "bench/results");
        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, $"dashboard-{args.Provider.ToLowerInvariant()}-{now:yyyy-MM-dd'T'HHmm'Z'}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, Scenario.JsonOptions) + "\n");
        Console.WriteLine($"""

            {result.Scenario} ({args.Provider})
              page      p50 {pageP50:F1} ms  p95 {pageP95:F1} ms
              raw SQL   p50 {rawP50:F1} ms  p95 {rawP95:F1} ms   ratio {result.Ratio:F2}
              recompute {refresh.Elapsed.TotalSeconds:F1} s (full; the worker repeats it every Reporting:RefreshMinutes)
              goal      {rule}: {(passed ? "PASS" : "FAIL")}
              result    {file}
            """);
        return 0;
    }

    /// <summary>The statements the dashboard's data reads send for the organisation and period, with their parameters.</summary>
    private static async Task<List<Captured>> CaptureAsync(string connection, string first, string last)
    {
        var capture = new Capture();
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).AddInterceptors(capture).Options;
        await using var db = new PostgresAppDbContext(options);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync();
        var unit = new ReportUnit(UnitLevel.Organisation, organisation.Id, organisation.Name, null);
        capture.On = true;
        var (from, to) = (Month(first), Month(last));
        await ReAimQueries.SumsAsync(db, unit, null, to.AddMonths(-35), to, CancellationToken.None);
        await ReAimQueries.ComputedAtAsync(db, CancellationToken.None);
        await ReAimQueries.AdoptionAsync(db, unit, from, to, CancellationToken.None);
        return capture.Commands;
    }

    /// <summary>Runs the captured statements back to back, reading every row, for a while; the time of each pass.</summary>
    private static async Task<RawResult> RawAsync(string connection, IReadOnlyList<Captured> commands, TimeSpan duration)
    {
        await using var source = NpgsqlDataSource.Create(connection);
        await using var conn = await source.OpenConnectionAsync();
        var times = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var pass = Stopwatch.StartNew();
            foreach (var captured in commands)
            {
                await using var command = new NpgsqlCommand(captured.Text, conn);
                foreach (var (name, value) in captured.Parameters)
                {
                    command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
                }

                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
            }

            times.Add(pass.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double At(double q) => Math.Round(times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)], 2);
        return new RawResult(times.Count, At(0.5), At(0.95), At(0.99));
    }

    private static DateOnly Month(string value) => DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Figure(string html, string label)
    {
        var match = Regex.Match(html, $@"<th scope=""row"">{Regex.Escape(label)}</th>\s*<td class=""number"">([^<]*)</td>");
        return match.Success ? match.Groups[1].Value : "?";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private sealed record Captured(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    private sealed class Capture : DbCommandInterceptor
    {
        public bool On { get; set; }

        public List<Captured> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (On)
            {
                Commands.Add(new Captured(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed record RawResult(int Passes, double P50Ms, double P95Ms, double P99Ms);

public sealed record DashboardRound(int Number, HeyResult Page, RawResult Raw);

public sealed record DashboardResult(
    string Scenario, string Provider, DateTimeOffset At, string Commit, MachineInfo Machine, Scenario.Dataset Dataset, double FullRecomputeMs,
    IReadOnlyList<string> Statements, IReadOnlyList<DashboardRound> Rounds, double PageP50Ms, double PageP95Ms, double RawP50Ms, double RawP95Ms,
    double Ratio, Scenario.GoalResult Goal, string Notes);
