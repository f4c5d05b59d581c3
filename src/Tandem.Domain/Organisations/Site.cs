namespace Tandem.Domain.Organisations;

/// <summary>A clinic location of an organisation; patients and staff belong to a site.</summary>
public sealed class Site
{
    private Site() { } // EF Core

    public Site(Guid organisationId, string name, string city)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        OrganisationId = organisationId;
        Name = name.Trim();
        City = city.Trim();
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public string Name { get; private set; } = "";
    public string City { get; private set; } = "";
}
