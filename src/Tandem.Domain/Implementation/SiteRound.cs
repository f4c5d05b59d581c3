namespace Tandem.Domain.Implementation;

/// <summary>
/// What a staff survey round at a site has in common (a CFIR assessment, a NoMAD round): who opened it when, and the
/// last day to answer, from today up to a year ahead; the lead may close it earlier. Not an entity of its own: each kind
/// has its own table.
/// </summary>
public abstract class SiteRound
{
    protected SiteRound() { } // EF Core

    protected SiteRound(Guid organisationId, Guid siteId, Guid openedById, DateOnly closesOn, DateTimeOffset now)
    {
        var today = ClinicCalendar.DateOf(now);
        if (closesOn < today || closesOn > today.AddYears(1))
        {
            throw new DomainRuleException(ImplementationRules.RoundCloses);
        }

        OrganisationId = organisationId;
        SiteId = siteId;
        OpenedById = openedById;
        OpenedAt = now;
        ClosesOn = closesOn;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public Guid SiteId { get; private init; }
    public Guid OpenedById { get; private init; }
    public DateTimeOffset OpenedAt { get; private init; }

    /// <summary>The last day on which answers can be given (clinic time).</summary>
    public DateOnly ClosesOn { get; private init; }

    /// <summary>Set when the lead closes the round early.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen(DateTimeOffset now) => ClosedAt is null && ClinicCalendar.DateOf(now) <= ClosesOn;

    public void Close(DateTimeOffset now)
    {
        if (IsOpen(now))
        {
            ClosedAt = now;
        }
    }
}
