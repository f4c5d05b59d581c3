namespace Tandem.Domain.Reporting;

/// <summary>One bar of a <see cref="ReAimMonth"/>'s feedback-time histogram: how much feedback took this many working days.</summary>
public sealed class ReAimFeedbackDays : IReAimRow
{
    private ReAimFeedbackDays() { } // EF Core

    public ReAimFeedbackDays(ReAimMonth month, int days, int count)
    {
        ArgumentNullException.ThrowIfNull(month);
        Month = month.Month;
        OrganisationId = month.OrganisationId;
        SiteId = month.SiteId;
        TeamId = month.TeamId;
        TherapistId = month.TherapistId;
        ProgrammeId = month.ProgrammeId;
        Days = days;
        Count = count;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public DateOnly Month { get; private init; }
    public Guid OrganisationId { get; private init; }
    public Guid SiteId { get; private init; }
    public Guid TeamId { get; private init; }
    public Guid TherapistId { get; private init; }
    public string ProgrammeId { get; private init; } = "";
    public int Days { get; private init; }
    public int Count { get; private init; }

    /// <summary>The histogram's bars, for storage: one per day count with feedback.</summary>
    public static IEnumerable<ReAimFeedbackDays> Of(ReAimMonth month)
    {
        ArgumentNullException.ThrowIfNull(month);
        for (var days = 0; days < month.FeedbackDays.Length; days++)
        {
            if (month.FeedbackDays[days] > 0)
            {
                yield return new ReAimFeedbackDays(month, days, month.FeedbackDays[days]);
            }
        }
    }
}
