namespace Tandem.Web.Guidance;

/// <summary>Configuration section "Guidance": feedback deadlines and when a quiet patient goes on the worklist.</summary>
public sealed class GuidanceOptions
{
    /// <summary>
    /// Working days after the day work was sent within which feedback is due. The protocols name "a few working
    /// days" without a number (reference/domain.md §1.4, [U]); 3 is a product default for the clinic to set.
    /// </summary>
    public int FeedbackWorkingDays { get; set; } = 3;

    /// <summary>Days without any sign of an active patient before they appear on the worklist (product default).</summary>
    public int InactiveDays { get; set; } = 7;

    /// <summary>Days the clinics are closed besides weekends (e.g. national holidays), as yyyy-MM-dd.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>
    /// Minutes of registered time on one patient in one day from which the day counts for reimbursement. 5 is the
    /// product default after the Dutch practice of a minimum contact time for e-health sessions ([U]; the clinic sets it).
    /// </summary>
    public int ReimbursementMinimumMinutes { get; set; } = 5;
}
