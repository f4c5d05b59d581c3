namespace Tandem.Domain.Measurement;

/// <summary>
/// Which alerts a submitted response raises, and the rules of acknowledging them. Each code is also the key of its
/// localised message.
/// </summary>
public static class AlertRules
{
    public const int MaxNoteLength = 2000;

    public static readonly Rule NoteRequired = new("alerts.note-required", "Write a note on what you did about this alert.");
    public static readonly Rule NoteTooLong = new("alerts.note-too-long", "Keep the note to 2000 characters or fewer.");
    public static readonly Rule AlreadyAcknowledged = new("alerts.already-acknowledged", "This alert has already been acknowledged.");
    public static readonly Rule NotEscalatable = new("alerts.not-escalatable", "This alert is acknowledged or escalated already.");

    /// <summary>
    /// The alerts of a submitted response: one per risk rule its answers meet, and, when
    /// <paramref name="deterioration"/> is on, one per scale with norm data whose new score is a reliable
    /// deterioration compared with the patient's FIRST score on that scale (the baseline). The baseline, not the
    /// previous score, because change in routine outcome monitoring is judged from the start of treatment (as
    /// reliable improvement and recovery are), so a slow slide over several measurements is caught too.
    /// A scale without norm data raises no deterioration alert.
    /// </summary>
    /// <remarks><paramref name="earlier"/> are the patient's earlier scores (other instruments and this response are ignored).</remarks>
    public static IReadOnlyList<MeasurementAlert> For(
        Instrument instrument, InstrumentResponse response, IReadOnlyList<InstrumentScore> scores,
        IReadOnlyList<InstrumentScore> earlier, bool deterioration, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(earlier);
        var answers = response.Answers;
        var alerts = instrument.RisksIn(answers).Select(rule => MeasurementAlert.ForRisk(response, rule, answers[rule.ItemId], now)).ToList();
        if (!deterioration)
        {
            return alerts;
        }

        foreach (var score in scores)
        {
            var baseline = earlier
                .Where(e => e.InstrumentId == instrument.Id && e.ScaleId == score.ScaleId && e.ResponseId != response.Id)
                .OrderBy(e => e.EffectiveAt).ThenBy(e => e.Id)
                .FirstOrDefault();
            if (baseline is not null
                && instrument.FindScale(score.ScaleId) is { } scale
                && scale.ChangeBetween(baseline.Value, score.Value) is { Category: ChangeCategory.ReliableDeterioration } change)
            {
                alerts.Add(MeasurementAlert.ForDeterioration(response, scale, change, now));
            }
        }

        return alerts;
    }
}
