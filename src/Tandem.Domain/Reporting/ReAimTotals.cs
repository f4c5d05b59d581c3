namespace Tandem.Domain.Reporting;

/// <summary>
/// The RE-AIM figures of a set of <see cref="ReAimMonth"/> rows (a unit over a period): their sums and the rates, medians
/// and means derived from them. A rate without a denominator is null, shown as "no data", never as 0 %.
/// </summary>
public sealed class ReAimTotals
{
    private readonly int[] _feedbackDays = new int[FeedbackTimes.Buckets];

    public int Invited { get; private set; }
    public int NotStarted { get; private set; }
    public int NoAccount { get; private set; }
    public int Started { get; private set; }
    public int Completed { get; private set; }
    public int StoppedEarly { get; private set; }
    public int SteppedUpEnding { get; private set; }
    public int OtherEnding { get; private set; }
    public int FeedbackGiven { get; private set; }
    public int FeedbackOnTime { get; private set; }
    public IReadOnlyList<int> FeedbackDays => _feedbackDays;
    public long TherapistSeconds { get; private set; }
    public int PatientsWithTime { get; private set; }
    public int Adaptations { get; private set; }
    public int StepUpEligible { get; private set; }
    public int SteppedUp { get; private set; }
    public int SteppedUpEligible { get; private set; }
    public int ActivePatients { get; private set; }
    public int Outcomes { get; private set; }
    public int Improved { get; private set; }
    public int Recovered { get; private set; }
    public int Deteriorated { get; private set; }
    public double ChangeSum { get; private set; }
    public double ChangeSquares { get; private set; }

    public static ReAimTotals Of(IEnumerable<ReAimMonth> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var totals = new ReAimTotals();
        foreach (var row in rows)
        {
            totals.Add(row);
        }

        return totals;
    }

    public void Add(ReAimMonth row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Invited += row.Invited;
        NotStarted += row.NotStarted;
        NoAccount += row.NoAccount;
        Started += row.Started;
        Completed += row.Completed;
        StoppedEarly += row.StoppedEarly;
        SteppedUpEnding += row.SteppedUpEnding;
        OtherEnding += row.OtherEnding;
        FeedbackGiven += row.FeedbackGiven;
        FeedbackOnTime += row.FeedbackOnTime;
        for (var i = 0; i < _feedbackDays.Length; i++)
        {
            _feedbackDays[i] += row.FeedbackDays[i];
        }

        TherapistSeconds += row.TherapistSeconds;
        PatientsWithTime += row.PatientsWithTime;
        Adaptations += row.Adaptations;
        StepUpEligible += row.StepUpEligible;
        SteppedUp += row.SteppedUp;
        SteppedUpEligible += row.SteppedUpEligible;
        ActivePatients += row.ActivePatients;
        Outcomes += row.Outcomes;
        Improved += row.Improved;
        Recovered += row.Recovered;
        Deteriorated += row.Deteriorated;
        ChangeSum += row.ChangeSum;
        ChangeSquares += row.ChangeSquares;
    }

    /// <summary>Treatments that ended in the period, however they ended.</summary>
    public int Ended => Completed + StoppedEarly + SteppedUpEnding + OtherEnding;

    /// <summary>Of the patients invited in the period, the share that started treatment.</summary>
    public double? StartRate => Ratio(Invited - NotStarted, Invited);

    public double? CompletionRate => Ratio(Completed, Ended);

    /// <summary>Dropout: treatments stopped early by the patient, of all treatments that ended.</summary>
    public double? DropoutRate => Ratio(StoppedEarly, Ended);

    public double? OnTimeRate => Ratio(FeedbackOnTime, FeedbackGiven);

    public int? MedianFeedbackDays => FeedbackTimes.Percentile(_feedbackDays, 0.5);

    public int? P90FeedbackDays => FeedbackTimes.Percentile(_feedbackDays, 0.9);

    /// <summary>Registered therapist minutes per patient per month in which the patient had any registered time.</summary>
    public double? MinutesPerPatientMonth => PatientsWithTime == 0 ? null : TherapistSeconds / 60.0 / PatientsWithTime;

    public double? ImprovedRate => Ratio(Improved, Outcomes);

    public double? RecoveredRate => Ratio(Recovered, Outcomes);

    public double? DeterioratedRate => Ratio(Deteriorated, Outcomes);

    public double? MeanChange => Outcomes == 0 ? null : ChangeSum / Outcomes;

    /// <summary>The sample standard deviation of the change; null below two outcomes.</summary>
    public double? ChangeSd => Outcomes < 2 ? null : Math.Sqrt(Math.Max(0, (ChangeSquares - (ChangeSum * ChangeSum / Outcomes)) / (Outcomes - 1)));

    /// <summary>The 95 % confidence interval of the mean change (normal approximation, mean ± 1.96 × SD / √n).</summary>
    public (double Low, double High)? MeanChangeInterval =>
        MeanChange is { } mean && ChangeSd is { } sd ? (mean - (1.96 * sd / Math.Sqrt(Outcomes)), mean + (1.96 * sd / Math.Sqrt(Outcomes))) : null;

    private static double? Ratio(int part, int whole) => whole <= 0 ? null : (double)part / whole;
}
