namespace Tandem.Domain.Reporting;

/// <summary>What the roll-up tables share: the month and the unit and programme a row belongs to, so one scope filter serves both.</summary>
public interface IReAimRow
{
    DateOnly Month { get; }
    Guid OrganisationId { get; }
    Guid SiteId { get; }
    Guid TeamId { get; }
    Guid TherapistId { get; }
    string ProgrammeId { get; }
}
