namespace Tandem.Domain.Guidance;

/// <summary>A day a site is closed; feedback deadlines of its patients skip it (with the configured national holidays).</summary>
public sealed class SiteHoliday
{
    public const int MaxNameLength = 80;

    private SiteHoliday() { } // EF Core

    public SiteHoliday(Guid siteId, DateOnly day, string? name)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new DomainRuleException(GuidanceRules.HolidayName);
        }

        SiteId = siteId;
        Day = day;
        Name = name;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid SiteId { get; private init; }
    public DateOnly Day { get; private init; }
    public string Name { get; private init; } = "";
}
