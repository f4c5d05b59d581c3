using System.ComponentModel.DataAnnotations;
using Tandem.Domain.Guidance;
using Tandem.Domain.Organisations;

namespace Tandem.Web.Pages.Staff.Sites;

/// <summary>The configuration form; the lists hold what is switched on, the site stores what is switched off.</summary>
public sealed class SiteInput
{
    [Display(Name = "sites.field.Name")]
    public string? Name { get; set; }

    [Display(Name = "sites.field.City")]
    public string? City { get; set; }

    [Display(Name = "sites.field.Slug")]
    public string? Slug { get; set; }

    [Display(Name = "sites.field.Phone")]
    public string? Phone { get; set; }

    [Display(Name = "sites.field.Email")]
    public string? Email { get; set; }

    [Display(Name = "sites.field.Address")]
    public string? Address { get; set; }

    [Display(Name = "sites.field.OpeningHours")]
    public string? OpeningHours { get; set; }

    [Display(Name = "sites.field.HowToStartNl")]
    public string? HowToStartNl { get; set; }

    [Display(Name = "sites.field.HowToStartEn")]
    public string? HowToStartEn { get; set; }

    [Display(Name = "sites.field.BrandColour")]
    public string? BrandColour { get; set; }

    [Display(Name = "sites.field.FeedbackWorkingDays")]
    public int? FeedbackWorkingDays { get; set; }

    /// <summary>"" for the clinic's default, "on" or "off".</summary>
    public string? DiaryReminderDefault { get; set; }

    [Display(Name = "sites.field.GoLiveOn")]
    public DateOnly? GoLiveOn { get; set; }

    public List<string> EnabledProgrammes { get; set; } = [];

    public List<string> EnabledInstruments { get; set; } = [];

    [Display(Name = "sites.field.WorkingWeekdays")]
    public List<DayOfWeek> WorkingWeekdays { get; set; } = [];

    public int Version { get; set; }

    public static SiteInput From(Site site, IEnumerable<string> programmeIds, IEnumerable<string> instrumentIds) => new()
    {
        Name = site.Name,
        City = site.City,
        Slug = site.Slug ?? SiteSettings.SlugFor(site.Name),
        Phone = site.Phone,
        Email = site.Email,
        Address = site.Address,
        OpeningHours = site.OpeningHours,
        HowToStartNl = site.HowToStartNl,
        HowToStartEn = site.HowToStartEn,
        BrandColour = site.BrandColour,
        FeedbackWorkingDays = site.FeedbackWorkingDays,
        DiaryReminderDefault = site.DiaryReminderDefault switch { true => "on", false => "off", null => "" },
        GoLiveOn = site.GoLiveOn,
        EnabledProgrammes = [.. programmeIds.Where(site.Offers)],
        EnabledInstruments = [.. instrumentIds.Where(site.Asks)],
        WorkingWeekdays = site.WorkingWeekdays.Count == 0 ? [.. WorkingCalendar.MondayToFriday] : [.. site.WorkingWeekdays],
        Version = site.Version,
    };

    public SiteSettings ToSettings(IEnumerable<string> programmeIds, IEnumerable<string> instrumentIds) => new(
        Name?.Trim() ?? "",
        City?.Trim() ?? "",
        Blank(Slug)?.ToLowerInvariant(),
        Blank(Phone),
        Blank(Email),
        Blank(Address),
        Blank(OpeningHours),
        Blank(HowToStartNl),
        Blank(HowToStartEn),
        Blank(BrandColour)?.ToUpperInvariant(),
        FeedbackWorkingDays,
        DiaryReminderDefault switch { "on" => true, "off" => false, _ => null },
        GoLiveOn,
        [.. programmeIds.Where(id => !EnabledProgrammes.Contains(id))],
        [.. instrumentIds.Where(id => !EnabledInstruments.Contains(id))],
        WorkingWeekdays);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
