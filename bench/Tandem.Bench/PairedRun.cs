using System.Globalization;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// A candidate endpoint against Fortunes on the same host, with hey: per round both at full load (ABBA order) for
/// the throughput ratio, then both at a fixed rate for the candidate's latency; medians over the rounds; the result
/// written as JSON. Used by the scenarios whose goals are a ratio and a p95 at a fixed rate. Optional floors are
/// cheaper endpoints that do part of the candidate's work, measured at full load after the pair in every round, each
/// as a ratio to that round's Fortunes: they show how far up the candidate could get at most.
/// </summary>
public sealed class PairedRun(string name, string description, Hey candidate, Args args, IReadOnlyList<Floor>? floors = null)
{
    public async Task<PairedResult> RunAsync(double minimumRatio, double p95GoalMs, int subjectRows)
    {
        var url = args.Get("url", "http://127.0.0.1:5099").TrimEnd('/');
        var rounds = args.Number("rounds", 3);
        var duration = args.Number("duration", 10);
        var warmup = args.Number("warmup", 5);
        var connections = args.Number("connections", 16);
        var rate = args.Number("rate", 200);
        var baseline = new Hey(url + Fortunes.Path, null, null);

        Console.WriteLine($"{name}: warm-up {warmup} s each");
        await baseline.RunAsync(warmup, connections, null);
        await candidate.RunAsync(warmup, connections, null);
        var results = new List<PairedRound>();
        for (var r = 1; r <= rounds; r++)
        {
            var (first, second) = r % 2 == 1 ? (baseline, candidate) : (candidate, baseline);
            var a = await first.RunAsync(duration, connections, null);
            var b = await second.RunAsync(duration, connections, null);
            var (fullBaseline, fullCandidate) = r % 2 == 1 ? (a, b) : (b, a);
            var atRate = await candidate.RunAsync(duration, connections, rate);
            var baselineAtRate = await baseline.RunAsync(duration, connections, rate);
            var floorRounds = new List<FloorRound>();
            foreach (var floor in floors ?? [])
            {
                var full = await floor.Endpoint.RunAsync(duration, connections, null);
                floorRounds.Add(new FloorRound(floor.Name, full, Ratio(full, fullBaseline)));
            }

            var round = new PairedRound(r, fullBaseline, fullCandidate, Ratio(fullCandidate, fullBaseline), atRate, baselineAtRate, floorRounds);
            results.Add(round);
            Console.WriteLine($"{name}: round {r}: {fullCandidate.RequestsPerSecond:F0} req/s, fortunes {fullBaseline.RequestsPerSecond:F0} req/s, "
                + $"ratio {round.Ratio:F3}; at {rate} req/s p95 {atRate.P95Ms:F1} ms, fortunes {baselineAtRate.P95Ms:F1} ms"
                + string.Concat(floorRounds.Select(f => $"; {f.Name} {f.Full.RequestsPerSecond:F0} req/s ({f.Ratio:F3})")));
        }

        double M(Func<PairedRound, double> pick) => Scenario.Median(results.Select(pick));
        var summary = new PairedSummary(
            M(r => r.FullCandidate.RequestsPerSecond), M(r => r.FullBaseline.RequestsPerSecond), M(r => r.Ratio),
            M(r => r.CandidateAtRate.RequestsPerSecond), M(r => r.CandidateAtRate.P50Ms), M(r => r.CandidateAtRate.P95Ms), M(r => r.CandidateAtRate.P99Ms),
            M(r => r.BaselineAtRate.P95Ms),
            (floors ?? []).Select(f => new FloorSummary(f.Name, f.What,
                M(r => r.Floors.Single(x => x.Name == f.Name).Full.RequestsPerSecond), M(r => r.Floors.Single(x => x.Name == f.Name).Ratio))).ToList());
        var passed = summary.Ratio >= minimumRatio && summary.CandidateP95Ms <= p95GoalMs;
        var rule = (minimumRatio > 0 ? $"median ratio >= {minimumRatio.ToString(CultureInfo.InvariantCulture)} and " : "")
            + $"p95 <= {p95GoalMs.ToString(CultureInfo.InvariantCulture)} ms at {rate} req/s";
        var now = TimeProvider.System.GetUtcNow();
        var result = new PairedResult(
            description, args.Provider, now, args.Get("commit", ""), MachineInfo.Read(),
            new Scenario.Dataset(args.Number("patients", 0), args.Number("therapists", 0), 0), subjectRows,
            new HeyLoad("hey", connections, rate, duration, warmup, rounds, "full load interleaved ABBA, then fixed rate"),
            results, summary, new Scenario.GoalResult(rule, minimumRatio, passed), args.Get("notes", ""));
        var outDir = args.Get("out", "bench/results");
        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, $"{name}-{args.Provider.ToLowerInvariant()}-{now:yyyy-MM-dd'T'HHmm'Z'}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, Scenario.JsonOptions) + "\n");
        Console.WriteLine($"""

            {description} ({args.Provider}, {result.Dataset.Patients} patients, {result.Machine.LogicalCores} cores)
              {name,-9} {summary.CandidateRequestsPerSecond,8:F0} req/s   at {rate} req/s ({summary.CandidateAtRateRequestsPerSecond:F0} achieved): p50 {summary.CandidateP50Ms:F1} ms  p95 {summary.CandidateP95Ms:F1} ms  p99 {summary.CandidateP99Ms:F1} ms
              fortunes  {summary.FortunesRequestsPerSecond,8:F0} req/s   at {rate} req/s: p95 {summary.FortunesP95Ms:F1} ms
              ratio     {summary.Ratio:F3}; goal {rule}: {(passed ? "PASS" : "FAIL")}
            {string.Concat(summary.Floors.Select(f => $"  floor     {f.Name}: {f.RequestsPerSecond:F0} req/s, ratio {f.Ratio:F3} ({f.What})\n"))}  result    {file}
            """);
        return result;
    }

    private static double Ratio(HeyResult candidate, HeyResult baseline) =>
        Math.Round(candidate.RequestsPerSecond / baseline.RequestsPerSecond, 4);
}

/// <summary>An endpoint that does part of the candidate's work (see <see cref="PairedRun"/>).</summary>
public sealed record Floor(string Name, string What, Hey Endpoint);

public sealed record FloorRound(string Name, HeyResult Full, double Ratio);

public sealed record FloorSummary(string Name, string What, double RequestsPerSecond, double Ratio);

public sealed record PairedResult(
    string Scenario, string Provider, DateTimeOffset At, string Commit, MachineInfo Machine, Scenario.Dataset Dataset, int SubjectRows,
    HeyLoad Load, IReadOnlyList<PairedRound> Rounds, PairedSummary Median, Scenario.GoalResult Goal, string Notes);

public sealed record PairedRound(
    int Number, HeyResult FullBaseline, HeyResult FullCandidate, double Ratio, HeyResult CandidateAtRate, HeyResult BaselineAtRate,
    IReadOnlyList<FloorRound> Floors);

public sealed record PairedSummary(
    double CandidateRequestsPerSecond, double FortunesRequestsPerSecond, double Ratio,
    double CandidateAtRateRequestsPerSecond, double CandidateP50Ms, double CandidateP95Ms, double CandidateP99Ms, double FortunesP95Ms,
    IReadOnlyList<FloorSummary> Floors);
