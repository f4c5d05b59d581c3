using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// Diary submission (issue 3): the patient POSTs a pain/fatigue entry through the real page (session cookie,
/// antiforgery, model validation, domain rules, the day's entry inserted or replaced, audit entry, one
/// SaveChanges, redirect) against a bare INSERT route on the same host and database. Throughput ratio with
/// hey at full load (closed loop), then p95 at a fixed 200 req/s (hey -q, open-ish loop), and the patient's
/// start page GET /Patient at 200 req/s.
/// </summary>
public static partial class DiaryScenario
{
    public const double Goal = 0.40;
    public const double P95GoalMs = 50;
    private const string DiaryPath = "/Patient/Diary/Symptoms";
    private const string HomePath = "/Patient";

    public static async Task<int> RunAsync(Args args)
    {
        var provider = args.Provider;
        var url = args.Get("url", "http://127.0.0.1:5099").TrimEnd('/');
        var rounds = args.Number("rounds", 3);
        var duration = args.Number("duration", 10);
        var warmup = args.Number("warmup", 5);
        var connections = args.Number("connections", 16);
        var rate = args.Number("rate", 200);
        var outDir = args.Get("out", "bench/results");

        var (cookieHeader, token) = await SignInAsync(url);
        var body = $"Input.Pain=4&Input.Fatigue=6&__RequestVerificationToken={Uri.EscapeDataString(token)}";
        await CheckAsync(url + DiaryPath, cookieHeader, body, HttpStatusCode.Redirect);
        await CheckAsync(url + BareInsert.Path, null, "", HttpStatusCode.NoContent);
        await CheckAsync(url + HomePath, cookieHeader, null, HttpStatusCode.OK);
        Console.WriteLine($"diary: signed in as {BenchAccounts.PatientEmail}; diary POST, bare INSERT and home page answer");

        var candidate = new Hey(url + DiaryPath, $"Cookie: {cookieHeader}", body);
        var baseline = new Hey(url + BareInsert.Path, null, "");
        var home = new Hey(url + HomePath, $"Cookie: {cookieHeader}", null);
        Console.WriteLine($"diary: warm-up {warmup} s each");
        await baseline.RunAsync(warmup, connections, null);
        await candidate.RunAsync(warmup, connections, null);
        await home.RunAsync(warmup, connections, null);

        var results = new List<DiaryRound>();
        for (var r = 1; r <= rounds; r++)
        {
            HeyResult fullBaseline, fullCandidate;
            if (r % 2 == 1)
            {
                fullBaseline = await baseline.RunAsync(duration, connections, null);
                fullCandidate = await candidate.RunAsync(duration, connections, null);
            }
            else
            {
                fullCandidate = await candidate.RunAsync(duration, connections, null);
                fullBaseline = await baseline.RunAsync(duration, connections, null);
            }

            var atRate = await candidate.RunAsync(duration, connections, rate);
            var baselineAtRate = await baseline.RunAsync(duration, connections, rate);
            var homeAtRate = await home.RunAsync(duration, connections, rate);
            await CheckAsync(url + DiaryPath, cookieHeader, body, HttpStatusCode.Redirect); // the session still holds
            var round = new DiaryRound(r, fullBaseline, fullCandidate, Math.Round(fullCandidate.RequestsPerSecond / fullBaseline.RequestsPerSecond, 4),
                atRate, baselineAtRate, homeAtRate);
            results.Add(round);
            Console.WriteLine($"diary: round {r}: diary {fullCandidate.RequestsPerSecond:F0} req/s, insert {fullBaseline.RequestsPerSecond:F0} req/s, "
                + $"ratio {round.Ratio:F3}; at {rate} req/s p95 diary {atRate.P95Ms:F1} ms, insert {baselineAtRate.P95Ms:F1} ms, home {homeAtRate.P95Ms:F1} ms");
        }

        double M(Func<DiaryRound, double> pick) => Scenario.Median(results.Select(pick));
        var summary = new DiarySummary(
            M(r => r.FullCandidate.RequestsPerSecond), M(r => r.FullBaseline.RequestsPerSecond), M(r => r.Ratio),
            M(r => r.CandidateAtRate.RequestsPerSecond), M(r => r.CandidateAtRate.P50Ms), M(r => r.CandidateAtRate.P95Ms), M(r => r.CandidateAtRate.P99Ms),
            M(r => r.BaselineAtRate.P95Ms), M(r => r.HomeAtRate.RequestsPerSecond), M(r => r.HomeAtRate.P50Ms), M(r => r.HomeAtRate.P95Ms),
            M(r => r.HomeAtRate.P99Ms));
        var passed = summary.Ratio >= Goal && summary.DiaryP95Ms <= P95GoalMs;
        var now = TimeProvider.System.GetUtcNow();
        var result = new DiaryResult(
            "Diary POST (real page) vs bare INSERT; patient home at fixed rate", provider, now, args.Get("commit", ""), MachineInfo.Read(),
            new Scenario.Dataset(args.Number("patients", 0), args.Number("therapists", 0), 0),
            new HeyLoad("hey", connections, rate, duration, warmup, rounds, "full load interleaved ABBA, then fixed rate"),
            results, summary,
            new Scenario.GoalResult($"median diary/insert req/s >= {Goal.ToString(CultureInfo.InvariantCulture)} and diary p95 <= {P95GoalMs} ms at {rate} req/s", Goal, passed),
            args.Get("notes", ""));
        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, $"diary-{provider.ToLowerInvariant()}-{now:yyyy-MM-dd'T'HHmm'Z'}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, Scenario.JsonOptions) + "\n");
        Console.WriteLine($"""

            Diary ({provider}, {result.Dataset.Patients} patients, {result.Machine.LogicalCores} cores)
              diary POST   {summary.DiaryRequestsPerSecond,8:F0} req/s   at {rate} req/s: p50 {summary.DiaryP50Ms:F1} ms  p95 {summary.DiaryP95Ms:F1} ms  p99 {summary.DiaryP99Ms:F1} ms
              bare INSERT  {summary.InsertRequestsPerSecond,8:F0} req/s   at {rate} req/s: p95 {summary.InsertP95Ms:F1} ms
              ratio        {summary.Ratio:F3} (goal >= {Goal:F2}, p95 <= {P95GoalMs} ms): {(passed ? "PASS" : "FAIL")}
              /Patient     at {rate} req/s ({summary.HomeRequestsPerSecond:F0} achieved): p50 {summary.HomeP50Ms:F1} ms  p95 {summary.HomeP95Ms:F1} ms  p99 {summary.HomeP99Ms:F1} ms
              result       {file}
            """);
        return 0;
    }

    /// <summary>Password sign-in as the bench patient (patients have no second step), then the diary form's antiforgery token.</summary>
    private static async Task<(string Cookie, string Token)> SignInAsync(string url)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url) };
        var signIn = await Scenario.PostFormAsync(http, "/Account/SignIn", new()
        {
            ["Input.Email"] = BenchAccounts.PatientEmail,
            ["Input.Password"] = BenchAccounts.Password,
        });
        if (signIn.StatusCode != HttpStatusCode.Redirect || signIn.Headers.Location?.OriginalString.Contains("/Account/", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"Patient sign-in failed: {(int)signIn.StatusCode} {signIn.Headers.Location}");
        }

        var form = await http.GetStringAsync(DiaryPath);
        var token = Scenario.AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {DiaryPath}.");
        }

        return (cookies.GetCookieHeader(new Uri(url)), WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    private static async Task CheckAsync(string url, string? cookieHeader, string? body, HttpStatusCode expected)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler);
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        if (cookieHeader is not null)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }

        using var response = await http.SendAsync(request);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{url}: {(int)response.StatusCode}, expected {(int)expected}.");
        }
    }

    public sealed record DiaryResult(
        string Scenario, string Provider, DateTimeOffset At, string Commit, MachineInfo Machine, Scenario.Dataset Dataset, HeyLoad Load,
        IReadOnlyList<DiaryRound> Rounds, DiarySummary Median, Scenario.GoalResult Goal, string Notes);

    public sealed record DiaryRound(
        int Number, HeyResult FullBaseline, HeyResult FullCandidate, double Ratio, HeyResult CandidateAtRate, HeyResult BaselineAtRate, HeyResult HomeAtRate);

    public sealed record DiarySummary(
        double DiaryRequestsPerSecond, double InsertRequestsPerSecond, double Ratio,
        double DiaryAtRateRequestsPerSecond, double DiaryP50Ms, double DiaryP95Ms, double DiaryP99Ms, double InsertP95Ms,
        double HomeRequestsPerSecond, double HomeP50Ms, double HomeP95Ms, double HomeP99Ms);
}
