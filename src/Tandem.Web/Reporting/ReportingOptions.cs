namespace Tandem.Web.Reporting;

/// <summary>The RE-AIM dashboard's settings ("Reporting" section).</summary>
public sealed class ReportingOptions
{
    /// <summary>Whether this node recomputes the roll-ups in the background (tests drive <see cref="ReAimRollup"/> themselves).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>Minutes between full recomputations: the most the dashboard lags behind (the P3 goal is 5 minutes or less).</summary>
    public int RefreshMinutes { get; set; } = 5;

    /// <summary>
    /// The primary outcome per programme as "instrument/scale", for the effectiveness figures. CFS: CIS fatigue severity,
    /// the outcome of the trials and of the routine-care benchmark (reference/domain.md §2.7, S2, S4, S6). Chronic pain:
    /// the 0–10 pain rating, PROVISIONAL: the pain trials' outcome set is not settled in domain.md §3 and the rating's
    /// reliable-change norm is a placeholder (content/instruments/pain-nrs); the clinic sets its own.
    /// </summary>
    public Dictionary<string, string> PrimaryOutcomes { get; set; } = new(StringComparer.Ordinal)
    {
        ["cfs"] = "cis/fatigue-severity",
        ["chronic-pain"] = "pain-nrs/pain",
    };
}
