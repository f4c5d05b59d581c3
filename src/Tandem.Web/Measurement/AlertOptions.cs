namespace Tandem.Web.Measurement;

/// <summary>Configuration section "Measurement:Alerts". The risk thresholds themselves are in each instrument.yaml.</summary>
public sealed class AlertOptions
{
    /// <summary>Whether a reliable deterioration since the baseline raises an alert (risk answers always do).</summary>
    public bool ReliableDeterioration { get; set; } = true;

    /// <summary>
    /// Hours an alert may stay unacknowledged before it goes to the supervisors. Default 24: a product choice
    /// pending the clinic's risk protocol (no source fixes it).
    /// </summary>
    public double EscalateAfterHours { get; set; } = 24;

    /// <summary>Whether this node runs the alert job (e-mails and escalation); claiming is safe across nodes.</summary>
    public bool WorkerEnabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxMailAttempts { get; set; } = 6;

    public int BatchSize { get; set; } = 200;

    public TimeSpan EscalateAfter => TimeSpan.FromHours(EscalateAfterHours);
}
