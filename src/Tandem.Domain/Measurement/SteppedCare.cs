using System.Text.Json;

namespace Tandem.Domain.Measurement;

public enum Bound
{
    AtLeast,
    AtMost,
}

public enum CriteriaRule
{
    /// <summary>Eligible when any criterion is met (e.g. still severely fatigued OR disabled).</summary>
    Any,

    /// <summary>Eligible only when every criterion is met.</summary>
    All,
}

public enum Eligibility
{
    Eligible,
    NotEligible,

    /// <summary>Scores are missing that would decide it.</summary>
    Unknown,
}

public enum CriterionState
{
    Met,
    NotMet,

    /// <summary>The patient has no score on this scale.</summary>
    Missing,

    /// <summary>The organisation cannot ask the instrument (licensed wording not imported): the criterion is left out.</summary>
    NotAvailable,
}

/// <summary>One step-up criterion: a scale's score at least or at most a value. <see cref="Provisional"/> marks an unverified threshold.</summary>
public sealed record SteppedCareCriterion(string InstrumentId, string ScaleId, Bound Bound, double Value, bool Provisional)
{
    public bool MetBy(double score) => Bound == Bound.AtLeast ? score >= Value : score <= Value;
}

/// <summary>A programme's step-up criteria (programme.yaml <c>stepped-care:</c>) with the source of the defaults.</summary>
public sealed record SteppedCareCriteria(IReadOnlyList<SteppedCareCriterion> Criteria, CriteriaRule Rule, string Source);

public sealed record CriterionResult(SteppedCareCriterion Criterion, double? Score, CriterionState State);

/// <summary>The outcome of evaluating the criteria against a patient's latest scores, with each criterion's result.</summary>
public sealed record SteppedCareEvaluation(Eligibility Eligibility, CriteriaRule Rule, IReadOnlyList<CriterionResult> Results)
{
    /// <summary>The criteria, scores and results as JSON, stored with a decision so later changes of the criteria do not alter it.</summary>
    public string Snapshot() => JsonSerializer.Serialize(new
    {
        eligibility = Eligibility.ToString(),
        rule = Rule.ToString(),
        criteria = Results.Select(r => new
        {
            instrument = r.Criterion.InstrumentId,
            scale = r.Criterion.ScaleId,
            bound = r.Criterion.Bound.ToString(),
            value = r.Criterion.Value,
            provisional = r.Criterion.Provisional,
            score = r.Score,
            state = r.State.ToString(),
        }),
    });
}

/// <summary>The step-up rule at the end of CFS ICBT (reference/domain.md §2.5): still severely fatigued or disabled → face-to-face CBT.</summary>
public static class SteppedCare
{
    /// <param name="criteria">The programme's step-up criteria.</param>
    /// <param name="latest">The patient's latest score per (instrument, scale).</param>
    /// <param name="usable">Whether the organisation can ask an instrument; criteria on other instruments are left out.</param>
    public static SteppedCareEvaluation Evaluate(
        SteppedCareCriteria criteria, IReadOnlyDictionary<(string Instrument, string Scale), double> latest, Func<string, bool> usable)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(usable);
        List<CriterionResult> results = [.. criteria.Criteria.Select(c =>
        {
            if (!usable(c.InstrumentId))
            {
                return new CriterionResult(c, null, CriterionState.NotAvailable);
            }

            return latest.TryGetValue((c.InstrumentId, c.ScaleId), out var score)
                ? new CriterionResult(c, score, c.MetBy(score) ? CriterionState.Met : CriterionState.NotMet)
                : new CriterionResult(c, null, CriterionState.Missing);
        })];
        var counted = results.Where(r => r.State != CriterionState.NotAvailable).ToList();
        var eligibility = counted.Count == 0 ? Eligibility.Unknown
            : criteria.Rule == CriteriaRule.Any
                ? counted.Any(r => r.State == CriterionState.Met) ? Eligibility.Eligible
                : counted.Any(r => r.State == CriterionState.Missing) ? Eligibility.Unknown
                : Eligibility.NotEligible
            : counted.Any(r => r.State == CriterionState.NotMet) ? Eligibility.NotEligible
            : counted.Any(r => r.State == CriterionState.Missing) ? Eligibility.Unknown
            : Eligibility.Eligible;
        return new SteppedCareEvaluation(eligibility, criteria.Rule, results);
    }
}
