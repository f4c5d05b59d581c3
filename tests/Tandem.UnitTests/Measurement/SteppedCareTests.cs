using System.Text.Json;
using Tandem.Domain;
using Tandem.Domain.Measurement;

namespace Tandem.UnitTests.Measurement;

public sealed class SteppedCareTests
{
    private static readonly SteppedCareCriterion Fatigue = new("cis", "fatigue-severity", Bound.AtLeast, 35, Provisional: false);
    private static readonly SteppedCareCriterion Functioning = new("rand-36-pf", "physical-functioning", Bound.AtMost, 65, Provisional: true);

    private static SteppedCareEvaluation Evaluate(CriteriaRule rule, double? fatigue, double? functioning, Func<string, bool>? usable = null)
    {
        var latest = new Dictionary<(string, string), double>();
        if (fatigue is { } f)
        {
            latest[("cis", "fatigue-severity")] = f;
        }

        if (functioning is { } p)
        {
            latest[("rand-36-pf", "physical-functioning")] = p;
        }

        return SteppedCare.Evaluate(new SteppedCareCriteria([Fatigue, Functioning], rule, "test"), latest, usable ?? (_ => true));
    }

    [Theory]
    [InlineData(35, 80, Eligibility.Eligible)]
    [InlineData(20, 65, Eligibility.Eligible)]
    [InlineData(34, 66, Eligibility.NotEligible)]
    [InlineData(null, 80, Eligibility.Unknown)]
    [InlineData(null, 50, Eligibility.Eligible)]
    public void With_rule_any_one_criterion_met_is_enough_and_a_missing_score_leaves_it_unknown(int? fatigue, int? functioning, Eligibility expected)
    {
        Assert.Equal(expected, Evaluate(CriteriaRule.Any, fatigue, functioning).Eligibility);
    }

    [Theory]
    [InlineData(40, 50, Eligibility.Eligible)]
    [InlineData(40, 70, Eligibility.NotEligible)]
    [InlineData(null, 70, Eligibility.NotEligible)]
    [InlineData(null, 50, Eligibility.Unknown)]
    public void With_rule_all_every_criterion_must_be_met(int? fatigue, int? functioning, Eligibility expected)
    {
        Assert.Equal(expected, Evaluate(CriteriaRule.All, fatigue, functioning).Eligibility);
    }

    [Fact]
    public void A_criterion_on_an_instrument_the_organisation_cannot_ask_is_left_out()
    {
        var evaluation = Evaluate(CriteriaRule.Any, null, 80, usable: id => id != "cis");

        Assert.Equal(Eligibility.NotEligible, evaluation.Eligibility);
        Assert.Equal([CriterionState.NotAvailable, CriterionState.NotMet], evaluation.Results.Select(r => r.State));
    }

    [Fact]
    public void The_evaluation_says_which_criteria_were_met_with_their_scores()
    {
        var evaluation = Evaluate(CriteriaRule.Any, 40, 80);

        Assert.Equal([(CriterionState.Met, (double?)40), (CriterionState.NotMet, (double?)80)], evaluation.Results.Select(r => (r.State, r.Score)));
    }

    [Fact]
    public void A_decision_keeps_the_eligibility_and_a_snapshot_of_the_criteria_and_needs_a_reason()
    {
        var evaluation = Evaluate(CriteriaRule.Any, 40, 80);
        var now = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
        var therapist = Guid.NewGuid();
        Assert.Throws<DomainRuleException>(() => new SteppedCareDecision(Guid.NewGuid(), Guid.NewGuid(), evaluation, StepUpDecision.StepUp, "", therapist, now));

        var decision = new SteppedCareDecision(Guid.NewGuid(), Guid.NewGuid(), evaluation, StepUpDecision.StepUp, "Still very tired", therapist, now);

        Assert.Equal((Eligibility.Eligible, StepUpDecision.StepUp, therapist, now), (decision.Eligibility, decision.Decision, decision.DecidedByUserId, decision.DecidedAt));
        using var snapshot = JsonDocument.Parse(decision.Criteria);
        Assert.Equal("Met", snapshot.RootElement.GetProperty("criteria")[0].GetProperty("state").GetString());
        Assert.Equal(80, snapshot.RootElement.GetProperty("criteria")[1].GetProperty("score").GetDouble());
    }
}
