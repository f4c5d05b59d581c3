using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// FHIR Observation search (issue 4): an API client pulls one patient's scores, a page of 50 of the bench patient's
/// 104, through the real API (bearer token check, scope, organisation scope query, count and page queries, one NEN 7513
/// audit entry per request, FHIR JSON). p95 at a fixed rate (hey -q) is the goal; Fortunes at the same rate and both
/// at full load (ABBA) are the in-run baseline, recorded for comparison.
/// </summary>
public static class FhirScenario
{
    public const double P95GoalMs = 50;
    private const int PageSize = 50;

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

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BenchAccounts.ApiToken);
        var patientId = await SubjectAsync(http);
        var path = $"/fhir/Observation?patient=Patient/{patientId}&_count={PageSize}";
        var (total, entries) = await SearchsetAsync(http, path);
        if (total < PageSize || entries != PageSize)
        {
            throw new InvalidOperationException($"{path}: total {total}, {entries} entries; expected a full page of {PageSize}.");
        }

        Console.WriteLine($"fhir: patient {BenchAccounts.RecordNumber} has {total} Observations; measuring pages of {PageSize}");
        var candidate = new Hey(url + path, $"Authorization: Bearer {BenchAccounts.ApiToken}", null);
        var baseline = new Hey(url + Fortunes.Path, null, null);
        Console.WriteLine($"fhir: warm-up {warmup} s each");
        await baseline.RunAsync(warmup, connections, null);
        await candidate.RunAsync(warmup, connections, null);

        var results = new List<FhirRound>();
        for (var r = 1; r <= rounds; r++)
        {
            var (first, second) = r % 2 == 1 ? (baseline, candidate) : (candidate, baseline);
            var a = await first.RunAsync(duration, connections, null);
            var b = await second.RunAsync(duration, connections, null);
            var (fullBaseline, fullCandidate) = r % 2 == 1 ? (a, b) : (b, a);
            var atRate = await candidate.RunAsync(duration, connections, rate);
            var baselineAtRate = await baseline.RunAsync(duration, connections, rate);
            var round = new FhirRound(r, fullBaseline, fullCandidate, Math.Round(fullCandidate.RequestsPerSecond / fullBaseline.RequestsPerSecond, 4), atRate, baselineAtRate);
            results.Add(round);
            Console.WriteLine($"fhir: round {r}: search {fullCandidate.RequestsPerSecond:F0} req/s, fortunes {fullBaseline.RequestsPerSecond:F0} req/s, "
                + $"ratio {round.Ratio:F3}; at {rate} req/s p95 search {atRate.P95Ms:F1} ms, fortunes {baselineAtRate.P95Ms:F1} ms");
        }

        double M(Func<FhirRound, double> pick) => Scenario.Median(results.Select(pick));
        var summary = new FhirSummary(
            M(r => r.FullCandidate.RequestsPerSecond), M(r => r.FullBaseline.RequestsPerSecond), M(r => r.Ratio),
            M(r => r.CandidateAtRate.RequestsPerSecond), M(r => r.CandidateAtRate.P50Ms), M(r => r.CandidateAtRate.P95Ms), M(r => r.CandidateAtRate.P99Ms),
            M(r => r.BaselineAtRate.P95Ms));
        var passed = summary.SearchP95Ms <= P95GoalMs;
        var now = TimeProvider.System.GetUtcNow();
        var result = new FhirResult(
            "FHIR Observation search for one patient (page of 50) vs Fortunes", provider, now, args.Get("commit", ""), MachineInfo.Read(),
            new Scenario.Dataset(args.Number("patients", 0), args.Number("therapists", 0), 0), total,
            new HeyLoad("hey", connections, rate, duration, warmup, rounds, "full load interleaved ABBA, then fixed rate"),
            results, summary,
            new Scenario.GoalResult($"search p95 <= {P95GoalMs.ToString(CultureInfo.InvariantCulture)} ms at {rate} req/s", P95GoalMs, passed),
            args.Get("notes", ""));
        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, $"fhir-{provider.ToLowerInvariant()}-{now:yyyy-MM-dd'T'HHmm'Z'}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, Scenario.JsonOptions) + "\n");
        Console.WriteLine($"""

            FHIR Observation search ({provider}, {result.Dataset.Patients} patients, {result.Machine.LogicalCores} cores)
              search    {summary.SearchRequestsPerSecond,8:F0} req/s   at {rate} req/s ({summary.SearchAtRateRequestsPerSecond:F0} achieved): p50 {summary.SearchP50Ms:F1} ms  p95 {summary.SearchP95Ms:F1} ms  p99 {summary.SearchP99Ms:F1} ms
              fortunes  {summary.FortunesRequestsPerSecond,8:F0} req/s   at {rate} req/s: p95 {summary.FortunesP95Ms:F1} ms
              ratio     {summary.Ratio:F3} (recorded); goal p95 <= {P95GoalMs} ms: {(passed ? "PASS" : "FAIL")}
              result    {file}
            """);
        return 0;
    }

    /// <summary>The bench patient's id, found the way a client would: by record number.</summary>
    private static async Task<string> SubjectAsync(HttpClient http)
    {
        using var bundle = JsonDocument.Parse(await http.GetStringAsync($"/fhir/Patient?identifier={BenchAccounts.RecordNumber}"));
        var entry = bundle.RootElement.GetProperty("entry");
        return entry.GetArrayLength() == 1
            ? entry[0].GetProperty("resource").GetProperty("id").GetString()!
            : throw new InvalidOperationException($"Expected one patient with record number {BenchAccounts.RecordNumber}.");
    }

    private static async Task<(int Total, int Entries)> SearchsetAsync(HttpClient http, string path)
    {
        using var bundle = JsonDocument.Parse(await http.GetStringAsync(path));
        var root = bundle.RootElement;
        return (root.GetProperty("total").GetInt32(), root.TryGetProperty("entry", out var entry) ? entry.GetArrayLength() : 0);
    }

    public sealed record FhirResult(
        string Scenario, string Provider, DateTimeOffset At, string Commit, MachineInfo Machine, Scenario.Dataset Dataset, int SubjectObservations,
        HeyLoad Load, IReadOnlyList<FhirRound> Rounds, FhirSummary Median, Scenario.GoalResult Goal, string Notes);

    public sealed record FhirRound(int Number, HeyResult FullBaseline, HeyResult FullCandidate, double Ratio, HeyResult CandidateAtRate, HeyResult BaselineAtRate);

    public sealed record FhirSummary(
        double SearchRequestsPerSecond, double FortunesRequestsPerSecond, double Ratio,
        double SearchAtRateRequestsPerSecond, double SearchP50Ms, double SearchP95Ms, double SearchP99Ms, double FortunesP95Ms);
}
