namespace Tandem.Domain.Organisations;

public static class CoverRules
{
    public const int MaxDays = 366;

    public static readonly Rule Self = new("cover.self", "A therapist cannot cover for themselves.");
    public static readonly Rule Order = new("cover.order", "The last day comes on or after the first day.");
    public static readonly Rule Past = new("cover.past", "The last day cannot be in the past.");
    public static readonly Rule TooLong = new("cover.too-long", "A cover period lasts a year at most.");
}

/// <summary>
/// One therapist covers for another over a span of clinic days (both inclusive): alerts for the absent therapist's
/// patients go to the covering therapist too. The minimal form a later team-cover feature builds on.
/// </summary>
public sealed class CoverPeriod
{
    private CoverPeriod() { } // EF Core

    public CoverPeriod(Guid organisationId, Guid therapistId, Guid coveringTherapistId, DateOnly from, DateOnly until, Guid createdByUserId, DateTimeOffset now)
    {
        if (therapistId == coveringTherapistId)
        {
            throw new DomainRuleException(CoverRules.Self);
        }

        if (until < from)
        {
            throw new DomainRuleException(CoverRules.Order);
        }

        if (until < ClinicCalendar.DateOf(now))
        {
            throw new DomainRuleException(CoverRules.Past);
        }

        if (until.DayNumber - from.DayNumber >= CoverRules.MaxDays)
        {
            throw new DomainRuleException(CoverRules.TooLong);
        }

        OrganisationId = organisationId;
        TherapistId = therapistId;
        CoveringTherapistId = coveringTherapistId;
        From = from;
        Until = until;
        CreatedByUserId = createdByUserId;
        CreatedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }

    /// <summary>The therapist who is away.</summary>
    public Guid TherapistId { get; private init; }

    public Guid CoveringTherapistId { get; private init; }
    public DateOnly From { get; private init; }
    public DateOnly Until { get; private init; }
    public Guid CreatedByUserId { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }

    public bool Covers(DateOnly day) => From <= day && day <= Until;
}
