using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Tandem.Bench.Scoring;

// P4 (reliability-performance.md §B4): scoring vs a hand-written loop in the same run.
// Goal: the PHQ-9 total at most 3× the loop's time per response, and 0 bytes allocated per score.
var output = args.FirstOrDefault() ?? Path.Combine("bench", "results");
var config = ManualConfig.CreateMinimumViable()
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
    .WithOptions(ConfigOptions.DisableLogFile);
var summary = BenchmarkRunner.Run<ScoringBenchmarks>(config);

var rows = summary.Reports.Select(report => new
{
    benchmark = report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
    nsPerScore = report.ResultStatistics!.Median,
    bytesPerScore = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0,
}).ToList();
var baseline = rows.Single(r => r.benchmark == nameof(ScoringBenchmarks.HandWrittenLoop));
var candidate = rows.Single(r => r.benchmark == nameof(ScoringBenchmarks.Phq9Total));
var ratio = candidate.nsPerScore / baseline.nsPerScore;
var result = new
{
    scenario = "P4 scoring",
    machine = new { Environment.ProcessorCount, os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
    responses = ScoringBenchmarks.Responses,
    rows,
    goal = new
    {
        rule = "PHQ-9 total ns/score ≤ 3 × hand-written loop, 0 B allocated per score",
        ratio,
        passed = ratio <= 3 && candidate.bytesPerScore == 0,
    },
};
Directory.CreateDirectory(output);
var file = Path.Combine(output, $"scoring-{TimeProvider.System.GetUtcNow().ToString("yyyy-MM-ddTHHmm", CultureInfo.InvariantCulture)}Z.json");
File.WriteAllText(file, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"PHQ-9 total {candidate.nsPerScore:F2} ns vs loop {baseline.nsPerScore:F2} ns: ratio {ratio:F2}, {candidate.bytesPerScore} B per score → {file}");
