namespace Tandem.Domain.Reporting;

/// <summary>
/// One month of platform events for one therapist's patients in one programme: the pre-aggregated facts the RE-AIM
/// dashboard adds up (reliability-performance.md P3: roll-ups, recomputed in full every few minutes). Every count
/// follows the patient's current therapist, team and site; <see cref="ProgrammeId"/> is empty for patients not
/// (yet) enrolled. Definitions in docs/reports.md and on the dashboard.
/// </summary>
public sealed class ReAimMonth
{
    private ReAimMonth() { } // EF Core

    public ReAimMonth(DateOnly month, Guid organisationId, Guid siteId, Guid teamId, Guid therapistId, string programmeId, DateTimeOffset computedAt)
    {
        Month = new DateOnly(month.Year, month.Month, 1);
        OrganisationId = organisationId;
        SiteId = siteId;
        TeamId = teamId;
        TherapistId = therapistId;
        ProgrammeId = programmeId;
        ComputedAt = computedAt;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private init; }

    public Guid OrganisationId { get; private init; }
    public Guid SiteId { get; private init; }
    public Guid TeamId { get; private init; }
    public Guid TherapistId { get; private init; }
    public string ProgrammeId { get; private init; } = "";
    public DateTimeOffset ComputedAt { get; private init; }

    // Reach
    public int Invited { get; set; }

    /// <summary>Of the patients invited this month, those who have not started treatment (as of <see cref="ComputedAt"/>).</summary>
    public int NotStarted { get; set; }

    /// <summary>Of <see cref="NotStarted"/>, those who never created their account.</summary>
    public int NoAccount { get; set; }

    public int Started { get; set; }
    public int Completed { get; set; }
    public int StoppedEarly { get; set; }
    public int SteppedUpEnding { get; set; }
    public int OtherEnding { get; set; }

    // Implementation
    public int FeedbackGiven { get; set; }
    public int FeedbackOnTime { get; set; }

    /// <summary>Feedback given this month by working days from sending to feedback.</summary>
    public FeedbackHistogram FeedbackDays { get; private set; } = new();

    public int TherapistSeconds { get; set; }

    /// <summary>Patients with registered therapist time this month (patient-months).</summary>
    public int PatientsWithTime { get; set; }

    public int Adaptations { get; set; }
    public int StepUpEligible { get; set; }
    public int SteppedUp { get; set; }
    public int SteppedUpEligible { get; set; }

    // Maintenance
    public int ActivePatients { get; set; }

    // Effectiveness: treatments ended this month with a first and last score on the programme's primary outcome.
    public int Outcomes { get; set; }
    public int Improved { get; set; }
    public int Recovered { get; set; }
    public int Deteriorated { get; set; }
    public double ChangeSum { get; set; }
    public double ChangeSquares { get; set; }

    /// <summary>Whether the row holds anything; empty rows are not stored.</summary>
    public bool IsEmpty =>
        Invited + NotStarted + Started + Completed + StoppedEarly + SteppedUpEnding + OtherEnding + FeedbackGiven
        + PatientsWithTime + Adaptations + StepUpEligible + SteppedUp + ActivePatients + Outcomes == 0;
}
