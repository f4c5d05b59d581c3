using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tandem.Domain.Accounts;

namespace Tandem.Bench;

/// <summary>
/// P1 (reliability-performance.md §B4): the subject therapist's caseload page (150 patients, authenticated,
/// authorised, audited) against the raw Fortunes baseline, interleaved round by round with wrk.
/// </summary>
public static partial class Scenario
{
    public const double Goal = 0.30;
    private const string CaseloadPath = "/Staff/Patients";

    /// <summary>Signs in as the subject and prints the Cookie header, for poking at the page by hand (curl, wrk).</summary>
    public static async Task<int> PrintCookieAsync(Args args)
    {
        var url = args.Get("url", "http://127.0.0.1:5099").TrimEnd('/');
        var cookies = await SignInAsync(url, BenchAccounts.TherapistEmail(args.Number("therapist", 0)));
        Console.WriteLine(cookies.GetCookieHeader(new Uri(url)));
        return 0;
    }

    public static async Task<int> RunAsync(Args args)
    {
        var provider = args.Provider;
        var url = args.Get("url", "http://127.0.0.1:5099").TrimEnd('/');
        var rounds = args.Number("rounds", 3);
        var duration = args.Number("duration", 10);
        var warmup = args.Number("warmup", 5);
        var threads = args.Number("threads", 1);
        var connections = args.Number("connections", 16);
        var outDir = args.Get("out", "bench/results");

        var cookies = await SignInAsync(url, BenchAccounts.Subject);
        var cookieHeader = cookies.GetCookieHeader(new Uri(url));
        var caseloadRows = await CheckAsync(url + CaseloadPath, cookieHeader, "<tr>", BenchAccounts.SubjectCaseload + 1);
        await CheckAsync(url + Fortunes.Path, null, "<tr>", Fortunes.Seed.Length + 2);
        Console.WriteLine($"run: signed in as {BenchAccounts.Subject}; caseload page shows {caseloadRows - 1} patients");

        var wrk = new Wrk(threads, connections);
        Console.WriteLine($"run: warm-up {warmup} s each");
        await wrk.RunAsync(url + Fortunes.Path, warmup, null);
        await wrk.RunAsync(url + CaseloadPath, warmup, cookieHeader);

        var results = new List<Round>();
        for (var r = 1; r <= rounds; r++)
        {
            // Alternate the order (ABBA) so a drift in machine load hits both sides alike.
            WrkResult baseline, caseload;
            if (r % 2 == 1)
            {
                baseline = await wrk.RunAsync(url + Fortunes.Path, duration, null);
                caseload = await wrk.RunAsync(url + CaseloadPath, duration, cookieHeader);
            }
            else
            {
                caseload = await wrk.RunAsync(url + CaseloadPath, duration, cookieHeader);
                baseline = await wrk.RunAsync(url + Fortunes.Path, duration, null);
            }

            // A lost session would turn the page into a cheap redirect; prove it still renders the caseload.
            await CheckAsync(url + CaseloadPath, cookieHeader, "<tr>", BenchAccounts.SubjectCaseload + 1);
            var round = new Round(r, baseline, caseload, Math.Round(caseload.RequestsPerSecond / baseline.RequestsPerSecond, 4));
            results.Add(round);
            Console.WriteLine($"run: round {r}: caseload {caseload.RequestsPerSecond:F0} req/s (p99 {caseload.P99Ms:F1} ms), "
                + $"fortunes {baseline.RequestsPerSecond:F0} req/s (p99 {baseline.P99Ms:F1} ms), ratio {round.Ratio:F3}");
        }

        var ratio = Median(results.Select(r => r.Ratio));
        var now = TimeProvider.System.GetUtcNow();
        var result = new Result(
            Scenario: "P1 caseload(150) vs raw Fortunes",
            Provider: provider,
            At: now,
            Commit: args.Get("commit", ""),
            Machine: MachineInfo.Read(),
            Dataset: new Dataset(args.Number("patients", 0), args.Number("therapists", 0), caseloadRows - 1),
            Load: new Load("wrk", threads, connections, duration, warmup, rounds, "interleaved ABBA"),
            Rounds: results,
            Median: new Summary(
                Median(results.Select(r => r.Caseload.RequestsPerSecond)),
                Median(results.Select(r => r.Baseline.RequestsPerSecond)),
                ratio,
                Median(results.Select(r => r.Caseload.P50Ms)),
                Median(results.Select(r => r.Caseload.P90Ms)),
                Median(results.Select(r => r.Caseload.P99Ms)),
                Median(results.Select(r => r.Baseline.P50Ms)),
                Median(results.Select(r => r.Baseline.P99Ms))),
            Goal: new GoalResult($"median caseload/baseline req/s >= {Goal.ToString(CultureInfo.InvariantCulture)}", Goal, ratio >= Goal),
            Notes: args.Get("notes", ""));

        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, $"caseload-{provider.ToLowerInvariant()}-{now:yyyy-MM-dd'T'HHmm'Z'}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, JsonOptions) + "\n");

        var m = result.Median;
        Console.WriteLine($"""

            P1 caseload ({provider}, {result.Dataset.Patients} patients / {result.Dataset.Therapists} therapists, {result.Machine.LogicalCores} cores)
              caseload  {m.CaseloadRequestsPerSecond,8:F0} req/s   p50 {m.CaseloadP50Ms:F1} ms  p90 {m.CaseloadP90Ms:F1} ms  p99 {m.CaseloadP99Ms:F1} ms
              fortunes  {m.BaselineRequestsPerSecond,8:F0} req/s   p50 {m.BaselineP50Ms:F1} ms  p99 {m.BaselineP99Ms:F1} ms
              ratio     {m.Ratio:F3} (goal >= {Goal:F2}): {(result.Goal.Passed ? "PASS" : "FAIL")}
              result    {file}
            """);
        return 0;
    }

    // Named literals: a hey run that got no answers in time reports NaN percentiles, which must not lose the result.
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Signs in like a browser: password step, then the TOTP step; returns the session cookies.</summary>
    internal static async Task<CookieContainer> SignInAsync(string url, string email)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url) };

        var password = await PostFormAsync(http, "/Account/SignIn", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = BenchAccounts.Password,
        });
        if (password.StatusCode != HttpStatusCode.Redirect || password.Headers.Location?.OriginalString.Contains("TwoFactor", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Password step failed: {(int)password.StatusCode} {password.Headers.Location}");
        }

        for (var attempt = 1; ; attempt++)
        {
            var code = Totp.Code(Base32.Decode(BenchAccounts.TotpKey), Totp.StepAt(TimeProvider.System.GetUtcNow()));
            var second = await PostFormAsync(http, "/Account/TwoFactor", new() { ["Input.Code"] = code });
            if (second.StatusCode == HttpStatusCode.Redirect)
            {
                return cookies;
            }

            // A code is single-use: a run right after another one must wait for the next 30 s step.
            if (attempt == 2)
            {
                throw new InvalidOperationException($"TOTP step failed: {(int)second.StatusCode}");
            }

            Console.WriteLine("run: TOTP code already used, waiting for the next step");
            await Task.Delay(TimeSpan.FromSeconds(Totp.StepSeconds - (TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() % Totp.StepSeconds) + 1));
        }
    }

    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {path}.");
        }

        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(path, content);
    }

    /// <summary>GETs a page as wrk will, and checks it is a 200 with the expected number of table rows.</summary>
    private static async Task<int> CheckAsync(string url, string? cookieHeader, string marker, int expected)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookieHeader is not null)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var rows = Regex.Count(body, Regex.Escape(marker));
        if (response.StatusCode != HttpStatusCode.OK || rows != expected)
        {
            throw new InvalidOperationException($"{url}: {(int)response.StatusCode} with {rows} rows, expected 200 with {expected}.");
        }

        return rows;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();

    public sealed record Result(
        string Scenario, string Provider, DateTimeOffset At, string Commit, MachineInfo Machine, Dataset Dataset, Load Load,
        IReadOnlyList<Round> Rounds, Summary Median, GoalResult Goal, string Notes);

    public sealed record Dataset(int Patients, int Therapists, int SubjectCaseload);

    public sealed record Load(string Tool, int Threads, int Connections, int DurationSeconds, int WarmupSeconds, int Rounds, string Order);

    public sealed record Round(int Number, WrkResult Baseline, WrkResult Caseload, double Ratio);

    public sealed record Summary(
        double CaseloadRequestsPerSecond, double BaselineRequestsPerSecond, double Ratio,
        double CaseloadP50Ms, double CaseloadP90Ms, double CaseloadP99Ms, double BaselineP50Ms, double BaselineP99Ms);

    public sealed record GoalResult(string Rule, double MinimumRatio, bool Passed);
}

public sealed record MachineInfo(int LogicalCores, string CpuModel, long MemoryMb, string Os, string Runtime, string LoadAverageAtStart)
{
    public static MachineInfo Read()
    {
        static string[] Lines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
        var cpu = Lines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memKb = Lines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return new MachineInfo(
            Environment.ProcessorCount,
            cpu,
            memKb is null ? 0 : long.Parse(memKb, CultureInfo.InvariantCulture) / 1024,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            Lines("/proc/loadavg").FirstOrDefault() ?? "");
    }
}

public sealed record WrkResult(
    string Path, double RequestsPerSecond, long Requests, double P50Ms, double P75Ms, double P90Ms, double P99Ms,
    long BytesPerRequest, long ErrorResponses, long SocketErrors);

/// <summary>Runs wrk with --latency and reads requests/s, the latency distribution and errors from its report.</summary>
public sealed partial class Wrk(int threads, int connections)
{
    public async Task<WrkResult> RunAsync(string url, int seconds, string? cookieHeader)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "5s" })
        {
            start.ArgumentList.Add(arg);
        }

        if (cookieHeader is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Cookie: {cookieHeader}");
        }

        start.ArgumentList.Add(url);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}");
        }

        return Parse(new Uri(url).AbsolutePath, output);
    }

    public static WrkResult Parse(string path, string output)
    {
        double Percentile(string p)
        {
            var match = Regex.Match(output, $@"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            return match.Success ? Milliseconds(match.Groups[1].Value, match.Groups[2].Value) : double.NaN;
        }

        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var transfer = Requests().Match(output).Groups[2].Value;
        var errors = ErrorResponses().Match(output) is { Success: true } e ? long.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socket = SocketErrors().Match(output) is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0;
        var bytes = requests == 0 ? 0 : (long)(Bytes(transfer) / requests);
        return new WrkResult(path, Math.Round(rps, 1), requests, Percentile("50"), Percentile("75"), Percentile("90"), Percentile("99"),
            bytes, errors, socket);
    }

    private static double Milliseconds(string value, string unit) =>
        Math.Round(double.Parse(value, CultureInfo.InvariantCulture) * unit switch { "us" => 0.001, "ms" => 1, _ => 1000 }, 3);

    private static double Bytes(string text)
    {
        var match = Regex.Match(text, @"([\d.]+)([KMG]?B)");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return value * match.Groups[2].Value switch { "KB" => 1024, "MB" => 1024 * 1024, "GB" => 1024 * 1024 * 1024, _ => 1 };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in [\d.]+\w+, ([\d.]+[KMG]?B) read")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex ErrorResponses();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
