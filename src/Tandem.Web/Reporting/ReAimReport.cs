using System.Globalization;
using Tandem.Domain.Measurement;
using Tandem.Domain.Reporting;

namespace Tandem.Web.Reporting;

public enum MetricKind
{
    Count,
    Percent,
    Days,
    Minutes,
    Points,
}

/// <summary>One figure on the dashboard: its id (the CSV name and the key of its label and definition), kind and value (null = no data).</summary>
public sealed record Metric(string Id, MetricKind Kind, double? Value)
{
    /// <summary>For the page, in the reader's culture.</summary>
    public string Display(CultureInfo culture) => Value is not { } v ? "–" : Kind switch
    {
        MetricKind.Percent => v.ToString("P0", culture),
        MetricKind.Count => v.ToString("N0", culture),
        MetricKind.Days => v.ToString("0", culture),
        _ => v.ToString("0.0", culture),
    };

    /// <summary>For CSV: invariant, percentages as fractions with three decimals, empty without data.</summary>
    public string Raw => Value is not { } v ? "" : Kind switch
    {
        MetricKind.Percent => v.ToString("0.000", CultureInfo.InvariantCulture),
        MetricKind.Count or MetricKind.Days => v.ToString("0", CultureInfo.InvariantCulture),
        _ => v.ToString("0.0", CultureInfo.InvariantCulture),
    };
}

/// <summary>The dashboard's figures for one set of roll-up rows, grouped by RE-AIM dimension.</summary>
public static class ReAimReport
{
    public static IReadOnlyList<Metric> Reach(ReAimTotals t, int? referrals) =>
    [
        new("referrals", MetricKind.Count, referrals),
        new("invited", MetricKind.Count, t.Invited),
        new("started", MetricKind.Count, t.Started),
        new("not-started", MetricKind.Count, t.NotStarted),
        new("no-account", MetricKind.Count, t.NoAccount),
        new("start-rate", MetricKind.Percent, t.StartRate),
        new("completed", MetricKind.Count, t.Completed),
        new("stopped-early", MetricKind.Count, t.StoppedEarly),
        new("stepped-up-ending", MetricKind.Count, t.SteppedUpEnding),
        new("other-ending", MetricKind.Count, t.OtherEnding),
        new("completion-rate", MetricKind.Percent, t.CompletionRate),
    ];

    public static IReadOnlyList<Metric> Adoption(Adoption a) =>
    [
        new("therapists", MetricKind.Count, a.Therapists),
        new("trained", MetricKind.Count, a.Trained),
        new("active", MetricKind.Count, a.Active),
        new("trained-active", MetricKind.Count, a.TrainedActive),
        new("active-untrained", MetricKind.Count, a.Active - a.TrainedActive),
        new("trained-inactive", MetricKind.Count, a.Trained - a.TrainedActive),
    ];

    public static IReadOnlyList<Metric> Implementation(ReAimTotals t) =>
    [
        new("feedback-given", MetricKind.Count, t.FeedbackGiven),
        new("feedback-on-time", MetricKind.Percent, t.OnTimeRate),
        new("feedback-median-days", MetricKind.Days, t.MedianFeedbackDays),
        new("feedback-p90-days", MetricKind.Days, t.P90FeedbackDays),
        new("minutes-per-patient-month", MetricKind.Minutes, t.MinutesPerPatientMonth),
        new("adaptations", MetricKind.Count, t.Adaptations),
        new("dropout-rate", MetricKind.Percent, t.DropoutRate),
        new("step-up-eligible", MetricKind.Count, t.StepUpEligible),
        new("stepped-up", MetricKind.Count, t.SteppedUp),
        new("stepped-up-eligible", MetricKind.Count, t.SteppedUpEligible),
    ];

    public static IReadOnlyList<Metric> Effectiveness(ReAimTotals t) =>
    [
        new("outcomes", MetricKind.Count, t.Outcomes),
        new("improved", MetricKind.Percent, t.ImprovedRate),
        new("recovered", MetricKind.Percent, t.RecoveredRate),
        new("deteriorated", MetricKind.Percent, t.DeterioratedRate),
        new("mean-change", MetricKind.Points, t.MeanChange),
        new("mean-change-low", MetricKind.Points, t.MeanChangeInterval?.Low),
        new("mean-change-high", MetricKind.Points, t.MeanChangeInterval?.High),
    ];

    /// <summary>The columns of the breakdown and maintenance tables: a few key figures per unit or month.</summary>
    public static IReadOnlyList<Metric> Key(ReAimTotals t) =>
    [
        new("active-patients", MetricKind.Count, t.ActivePatients),
        new("invited", MetricKind.Count, t.Invited),
        new("started", MetricKind.Count, t.Started),
        new("completed", MetricKind.Count, t.Completed),
        new("dropout-rate", MetricKind.Percent, t.DropoutRate),
        new("feedback-on-time", MetricKind.Percent, t.OnTimeRate),
        new("feedback-median-days", MetricKind.Days, t.MedianFeedbackDays),
        new("minutes-per-patient-month", MetricKind.Minutes, t.MinutesPerPatientMonth),
        new("outcomes", MetricKind.Count, t.Outcomes),
        new("improved", MetricKind.Percent, t.ImprovedRate),
        new("mean-change", MetricKind.Points, t.MeanChange),
    ];
}

/// <summary>Therapists of a unit, those who completed the eCoach training, and those who guided patients in the period.</summary>
public sealed record Adoption(int Therapists, int Trained, int Active, int TrainedActive);

/// <summary>A programme's primary outcome with its trial benchmark, if any, for the effectiveness section.</summary>
public sealed record PrimaryOutcome(string ProgrammeId, Instrument Instrument, Scale Scale);
