using BenchmarkDotNet.Attributes;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;

namespace Tandem.Bench.Scoring;

/// <summary>
/// P4: scoring one million in-memory responses with the shipped definitions, against a hand-written loop that sums
/// the same PHQ-9 answers with bounds checks (reliability-performance.md §B4). Per operation = per response.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    public const int Responses = 1_000_000;

    private int?[][] _phq9 = [];
    private int?[][] _sus = [];
    private int?[][] _physical = [];
    private Scale _phq9Total = null!;
    private Scale _susTotal = null!;
    private Scale _physicalFunctioning = null!;

    [GlobalSetup]
    public void Setup()
    {
        var result = InstrumentLoader.Load(Path.Combine(AppContext.BaseDirectory, "content"));
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
        }

        var random = new Random(42);
        (_phq9, _phq9Total) = Generate(result.Instruments, "phq-9", "total", random);
        (_sus, _susTotal) = Generate(result.Instruments, "sus", "total", random);
        (_physical, _physicalFunctioning) = Generate(result.Instruments, "rand-36-pf", result.Instruments.Single(i => i.Id == "rand-36-pf").Scales[0].Id, random);
    }

    /// <summary>The baseline: PHQ-9 items 1–9 summed in a plain loop, each answer checked to lie in 0–3.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Responses)]
    public double HandWrittenLoop()
    {
        double total = 0;
        foreach (var answers in _phq9)
        {
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                if (answers[i] is not { } value || (uint)value > 3)
                {
                    throw new InvalidOperationException("Answer out of range.");
                }

                sum += value;
            }

            total += sum;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Responses)]
    public double Phq9Total() => ScoreAll(_phq9Total, _phq9);

    [Benchmark(OperationsPerInvoke = Responses)]
    public double SusRecodedTimesFactor() => ScoreAll(_susTotal, _sus);

    [Benchmark(OperationsPerInvoke = Responses)]
    public double Rand36PhysicalMean() => ScoreAll(_physicalFunctioning, _physical);

    private static double ScoreAll(Scale scale, int?[][] responses)
    {
        double total = 0;
        foreach (var answers in responses)
        {
            total += scale.Score(answers) ?? throw new InvalidOperationException("Unscored response.");
        }

        return total;
    }

    private static (int?[][], Scale) Generate(IReadOnlyList<Instrument> instruments, string instrumentId, string scaleId, Random random)
    {
        var instrument = instruments.Single(i => i.Id == instrumentId);
        var responses = new int?[Responses][];
        for (var r = 0; r < Responses; r++)
        {
            responses[r] = [.. instrument.Items.Select(item => (int?)item.Values[random.Next(item.Values.Count)])];
        }

        return (responses, instrument.FindScale(scaleId)!);
    }
}
