namespace Tandem.Domain.Organisations;

public sealed class Team
{
    private Team() { } // EF Core

    public Team(Guid siteId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        SiteId = siteId;
        Name = name.Trim();
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid SiteId { get; private init; }
    public string Name { get; private set; } = "";
}
