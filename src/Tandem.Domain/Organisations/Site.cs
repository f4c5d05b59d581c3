namespace Tandem.Domain.Organisations;

/// <summary>
/// A clinic location of an organisation; patients and staff belong to a site. The organisation administrator and the
/// site's managers configure it (<see cref="Configure"/>); its public page lives at /Sites/{Slug}.
/// </summary>
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

    /// <summary>The site's name in its public web address; unique; null until configured (no public page yet).</summary>
    public string? Slug { get; private set; }

    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public string? OpeningHours { get; private set; }
    public string? HowToStartNl { get; private set; }
    public string? HowToStartEn { get; private set; }

    /// <summary>#RRGGBB with at least AA contrast against white; null for Tandem's own colours.</summary>
    public string? BrandColour { get; private set; }

    /// <summary>Working days within which feedback is due at this site; null for the clinic-wide default.</summary>
    public int? FeedbackWorkingDays { get; private set; }

    /// <summary>Whether a newly enrolled patient gets the daily diary reminder; null for the clinic-wide default.</summary>
    public bool? DiaryReminderDefault { get; private set; }

    /// <summary>The day the site starts offering guided online treatment (read by the RE-AIM dashboard).</summary>
    public DateOnly? GoLiveOn { get; private set; }

    /// <summary>
    /// Programmes this site does not offer. Stored as the switched-off ones so that a programme added to the content
    /// later is offered everywhere until a site switches it off.
    /// </summary>
    public List<string> DisabledProgrammes { get; private set; } = [];

    /// <summary>Questionnaires this site does not ask (same reasoning as <see cref="DisabledProgrammes"/>).</summary>
    public List<string> DisabledInstruments { get; private set; } = [];

    /// <summary>The weekdays feedback deadlines count in at this site; empty for Monday to Friday.</summary>
    public List<DayOfWeek> WorkingWeekdays { get; private set; } = [];

    public int Version { get; private set; }

    public SiteSettings Settings => new(
        Name, City, Slug, Phone, Email, Address, OpeningHours, HowToStartNl, HowToStartEn, BrandColour, FeedbackWorkingDays,
        DiaryReminderDefault, GoLiveOn, DisabledProgrammes, DisabledInstruments, WorkingWeekdays);

    private static IReadOnlyList<DayOfWeek> WorkingCalendarDefaults => Guidance.WorkingCalendar.MondayToFriday;

    public bool Offers(string programmeId) => !DisabledProgrammes.Contains(programmeId);

    public bool Asks(string instrumentId) => !DisabledInstruments.Contains(instrumentId);

    /// <summary>Applies new settings and returns what changed; refuses settings with a problem.</summary>
    public IReadOnlyList<(string Field, string? Old, string? New)> Configure(SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var weekdays = settings.WorkingWeekdays.Distinct().Order().ToList();
        settings = settings with
        {
            Name = settings.Name.Trim(),
            City = settings.City.Trim(),
            WorkingWeekdays = weekdays.SequenceEqual(WorkingCalendarDefaults) ? [] : weekdays,
        };
        if (settings.Problems() is [var first, ..])
        {
            throw new DomainRuleException(first.Rule);
        }

        var changes = settings.ChangesFrom(Settings);
        if (changes.Count == 0)
        {
            return changes;
        }

        (Name, City, Slug, Phone, Email, Address, OpeningHours) =
            (settings.Name, settings.City, settings.Slug, settings.Phone, settings.Email, settings.Address, settings.OpeningHours);
        (HowToStartNl, HowToStartEn, BrandColour, FeedbackWorkingDays, DiaryReminderDefault, GoLiveOn) =
            (settings.HowToStartNl, settings.HowToStartEn, settings.BrandColour, settings.FeedbackWorkingDays, settings.DiaryReminderDefault, settings.GoLiveOn);
        DisabledProgrammes = [.. settings.DisabledProgrammes.Distinct(StringComparer.Ordinal)];
        DisabledInstruments = [.. settings.DisabledInstruments.Distinct(StringComparer.Ordinal)];
        WorkingWeekdays = [.. settings.WorkingWeekdays];
        Version++;
        return changes;
    }
}
