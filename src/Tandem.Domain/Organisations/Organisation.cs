namespace Tandem.Domain.Organisations;

public sealed class Organisation
{
    private Organisation() { } // EF Core

    public Organisation(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
}
