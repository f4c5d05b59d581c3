using Tandem.Domain;
using Tandem.Domain.Measurement;

namespace Tandem.UnitTests.Measurement;

public sealed class AlertRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid PatientId = Guid.NewGuid();

    private static (InstrumentResponse Response, IReadOnlyList<InstrumentScore> Scores) Submitted(Instrument instrument, Dictionary<string, int> answers, DateTimeOffset at)
    {
        var response = new InstrumentResponse(PatientId, instrument, "en", at);
        Assert.Empty(response.Save(instrument, answers, 0, at));
        return (response, response.Submit(instrument, at));
    }

    private static IReadOnlyList<MeasurementAlert> AlertsFor(Instrument instrument, int[] answers, IReadOnlyList<InstrumentScore> earlier, bool deterioration = true)
    {
        var (response, scores) = Submitted(instrument, Instruments.Answers(answers), Start.AddDays(30));
        return AlertRules.For(instrument, response, scores, earlier, deterioration, Start.AddDays(30));
    }

    [Fact]
    public void An_answer_at_the_risk_threshold_raises_a_risk_alert_with_the_item_and_answer()
    {
        var alert = Assert.Single(AlertsFor(Instruments.Depression(), [0, 0, 0, 0, 0, 0, 0, 0, 1, 0], []));

        Assert.Equal(AlertKind.RiskAnswer, alert.Kind);
        Assert.Equal("9", alert.ItemId);
        Assert.Equal(1, alert.Answer);
        Assert.True(alert.IsOpen);
    }

    [Fact]
    public void An_answer_below_the_risk_threshold_raises_nothing()
    {
        Assert.Empty(AlertsFor(Instruments.Depression(), [2, 2, 2, 2, 2, 2, 2, 2, 0, 0], []));
    }

    [Fact]
    public void A_reliable_deterioration_is_measured_against_the_first_score_not_the_previous_one()
    {
        var depression = Instruments.Depression();
        var baseline = Submitted(depression, Instruments.Answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Start).Scores; // 0
        var previous = Submitted(depression, Instruments.Answers(1, 1, 1, 1, 1, 0, 0, 0, 0, 0), Start.AddDays(14)).Scores; // 5

        // 9 is 4 points above the previous score (not reliable: threshold ≈ 6.3) but 9 above the baseline.
        var alert = Assert.Single(AlertsFor(depression, [1, 1, 1, 1, 1, 1, 1, 1, 0, 0], [.. previous, .. baseline]));

        Assert.Equal(AlertKind.ReliableDeterioration, alert.Kind);
        Assert.Equal("total", alert.ScaleId);
        Assert.Equal(0, alert.Baseline);
        Assert.Equal(8, alert.Latest);
        Assert.True(alert.ChangeIndex > Change.ReliableIndex);
    }

    [Fact]
    public void A_change_within_the_reliable_change_threshold_raises_nothing()
    {
        var depression = Instruments.Depression();
        var baseline = Submitted(depression, Instruments.Answers(1, 1, 1, 1, 1, 0, 0, 0, 0, 0), Start).Scores; // 5

        Assert.Empty(AlertsFor(depression, [2, 1, 1, 1, 1, 1, 1, 1, 0, 0], baseline)); // 9: 4 points
    }

    [Fact]
    public void Deterioration_alerts_can_be_switched_off_by_configuration()
    {
        var depression = Instruments.Depression();
        var baseline = Submitted(depression, Instruments.Answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Start).Scores;

        Assert.Empty(AlertsFor(depression, [3, 3, 3, 3, 3, 3, 3, 3, 0, 0], baseline, deterioration: false));
    }

    [Fact]
    public void A_scale_without_norm_data_raises_no_deterioration_alert()
    {
        var usability = Instruments.Usability();
        var baseline = Submitted(usability, Instruments.Answers(5, 1, 5, 1, 5, 1, 5, 1, 5, 1), Start).Scores; // 100

        Assert.Empty(AlertsFor(usability, [1, 5, 1, 5, 1, 5, 1, 5, 1, 5], baseline)); // 0
    }

    [Fact]
    public void A_first_response_has_no_baseline_and_raises_no_deterioration_alert()
    {
        Assert.Empty(AlertsFor(Instruments.Depression(), [3, 3, 3, 3, 3, 3, 3, 3, 0, 0], []));
    }

    [Fact]
    public void Acknowledging_needs_a_note_of_at_most_the_maximum_length()
    {
        var alert = Assert.Single(AlertsFor(Instruments.Depression(), [0, 0, 0, 0, 0, 0, 0, 0, 2, 0], []));

        Assert.Equal(AlertRules.NoteRequired, Assert.Throws<DomainRuleException>(() => alert.Acknowledge(Guid.NewGuid(), "   ", Start)).Rule);
        Assert.Equal(AlertRules.NoteTooLong, Assert.Throws<DomainRuleException>(() => alert.Acknowledge(Guid.NewGuid(), new string('x', AlertRules.MaxNoteLength + 1), Start)).Rule);
        Assert.True(alert.IsOpen);
    }

    [Fact]
    public void An_acknowledged_alert_cannot_be_acknowledged_again()
    {
        var alert = Assert.Single(AlertsFor(Instruments.Depression(), [0, 0, 0, 0, 0, 0, 0, 0, 2, 0], []));
        var first = Guid.NewGuid();
        var version = alert.Version;
        alert.Acknowledge(first, " Called the patient. ", Start);

        Assert.Equal(AlertRules.AlreadyAcknowledged, Assert.Throws<DomainRuleException>(() => alert.Acknowledge(Guid.NewGuid(), "Me too", Start)).Rule);
        Assert.Equal(first, alert.AcknowledgedByUserId);
        Assert.Equal("Called the patient.", alert.Note);
        Assert.NotEqual(version, alert.Version);
    }

    [Fact]
    public void An_alert_escalates_once_and_only_when_open_and_due()
    {
        var alert = Assert.Single(AlertsFor(Instruments.Depression(), [0, 0, 0, 0, 0, 0, 0, 0, 2, 0], []));
        var after = TimeSpan.FromHours(24);

        Assert.False(alert.EscalationDue(alert.RaisedAt.AddHours(23), after));
        Assert.True(alert.EscalationDue(alert.RaisedAt.AddHours(24), after));
        alert.Escalate(alert.RaisedAt.AddHours(24));
        Assert.False(alert.EscalationDue(alert.RaisedAt.AddHours(48), after));
        Assert.Throws<DomainRuleException>(() => alert.Escalate(alert.RaisedAt.AddHours(48)));
    }
}
