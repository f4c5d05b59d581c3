namespace Tandem.Domain.Organisations;

/// <summary>One line of a site's configuration history: who changed which setting when, from what to what.</summary>
public sealed class SiteChange
{
    public const int MaxValueLength = 300;

    private SiteChange() { } // EF Core

    public SiteChange(Guid siteId, Guid byUserId, string field, string? oldValue, string? newValue, DateTimeOffset now)
    {
        SiteId = siteId;
        ByUserId = byUserId;
        Field = field;
        OldValue = Cut(oldValue);
        NewValue = Cut(newValue);
        At = now;
    }

    public long Id { get; private init; }
    public Guid SiteId { get; private init; }
    public Guid ByUserId { get; private init; }
    public DateTimeOffset At { get; private init; }
    public string Field { get; private init; } = "";
    public string? OldValue { get; private init; }
    public string? NewValue { get; private init; }

    private static string? Cut(string? value) => value is { Length: > MaxValueLength } ? value[..(MaxValueLength - 1)] + "…" : value;
}
