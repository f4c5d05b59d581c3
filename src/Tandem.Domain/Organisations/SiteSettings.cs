using System.Globalization;
using System.Text.RegularExpressions;

namespace Tandem.Domain.Organisations;

/// <summary>
/// Everything a site configures, as one value: its public face (name, web address name, contact, how to start, colour),
/// its way of working (feedback deadline and the weekdays it counts in, reminder default) and its offer (programmes and questionnaires switched off),
/// and the go-live date. <see cref="Fields"/> names each value for the history.
/// </summary>
public sealed partial record SiteSettings(
    string Name,
    string City,
    string? Slug,
    string? Phone,
    string? Email,
    string? Address,
    string? OpeningHours,
    string? HowToStartNl,
    string? HowToStartEn,
    string? BrandColour,
    int? FeedbackWorkingDays,
    bool? DiaryReminderDefault,
    DateOnly? GoLiveOn,
    IReadOnlyList<string> DisabledProgrammes,
    IReadOnlyList<string> DisabledInstruments,
    IReadOnlyList<DayOfWeek> WorkingWeekdays)
{
    public const int MaxAddressLength = 300;
    public const int MaxOpeningHoursLength = 200;
    public const int MaxHowToStartLength = 2000;

    /// <summary>The problems of these settings, by field; empty when they can be saved.</summary>
    public IReadOnlyList<(string Field, Rule Rule)> Problems()
    {
        List<(string, Rule)> problems = [];
        void Check(bool ok, string field, Rule rule)
        {
            if (!ok)
            {
                problems.Add((field, rule));
            }
        }

        Check(Name.Trim().Length is > 0 and <= 200, nameof(Name), SiteRules.Name);
        Check(City.Trim().Length <= 100, nameof(City), SiteRules.City);
        Check(Slug is null || SlugPattern().IsMatch(Slug), nameof(Slug), SiteRules.Slug);
        Check(Phone is null || PhonePattern().IsMatch(Phone), nameof(Phone), SiteRules.Phone);
        Check(Email is null || (Email.Length <= 254 && EmailPattern().IsMatch(Email)), nameof(Email), SiteRules.Email);
        Check((Address?.Length ?? 0) <= MaxAddressLength, nameof(Address), SiteRules.Text);
        Check((OpeningHours?.Length ?? 0) <= MaxOpeningHoursLength, nameof(OpeningHours), SiteRules.Text);
        Check((HowToStartNl?.Length ?? 0) <= MaxHowToStartLength, nameof(HowToStartNl), SiteRules.Text);
        Check((HowToStartEn?.Length ?? 0) <= MaxHowToStartLength, nameof(HowToStartEn), SiteRules.Text);
        Check(FeedbackWorkingDays is null or (>= 0 and <= 30), nameof(FeedbackWorkingDays), SiteRules.FeedbackDays);
        if (BrandColour is not null)
        {
            if (!Organisations.BrandColour.TryParse(BrandColour, out var colour))
            {
                problems.Add((nameof(BrandColour), SiteRules.Colour));
            }
            else if (Organisations.BrandColour.ContrastWithWhite(colour) < Organisations.BrandColour.MinimumContrast)
            {
                problems.Add((nameof(BrandColour), SiteRules.Contrast));
            }
        }

        return problems;
    }

    /// <summary>Each setting by name with its value as text (invariant), for comparing and for the history.</summary>
    public IEnumerable<(string Field, string? Value)> Fields()
    {
        yield return (nameof(Name), Name);
        yield return (nameof(City), City);
        yield return (nameof(Slug), Slug);
        yield return (nameof(Phone), Phone);
        yield return (nameof(Email), Email);
        yield return (nameof(Address), Address);
        yield return (nameof(OpeningHours), OpeningHours);
        yield return (nameof(HowToStartNl), HowToStartNl);
        yield return (nameof(HowToStartEn), HowToStartEn);
        yield return (nameof(BrandColour), BrandColour);
        yield return (nameof(FeedbackWorkingDays), FeedbackWorkingDays?.ToString(CultureInfo.InvariantCulture));
        yield return (nameof(DiaryReminderDefault), DiaryReminderDefault?.ToString());
        yield return (nameof(GoLiveOn), GoLiveOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return (nameof(DisabledProgrammes), List(DisabledProgrammes));
        yield return (nameof(DisabledInstruments), List(DisabledInstruments));
        yield return (nameof(WorkingWeekdays), WorkingWeekdays.Count == 0 ? null : string.Join(", ", WorkingWeekdays.Order()));
    }

    /// <summary>The settings that differ from <paramref name="before"/>: field, old value, new value.</summary>
    public IReadOnlyList<(string Field, string? Old, string? New)> ChangesFrom(SiteSettings before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return [.. before.Fields().Zip(Fields()).Where(p => p.First.Value != p.Second.Value).Select(p => (p.First.Field, p.First.Value, p.Second.Value))];
    }

    /// <summary>A proposal for a web address name: the name in lower case, letters and digits joined by hyphens.</summary>
    public static string SlugFor(string name)
    {
        var plain = string.Concat(name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).ToLowerInvariant();
        var slug = NonSlug().Replace(plain, "-").Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug.PadRight(3, '0');
    }

    private static string? List(IReadOnlyList<string> ids) => ids.Count == 0 ? null : string.Join(", ", ids.Order(StringComparer.Ordinal));

    [GeneratedRegex("^(?=.{3,60}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[0-9 +()\-]{6,30}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
