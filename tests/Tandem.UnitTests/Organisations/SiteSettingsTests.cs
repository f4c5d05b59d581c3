using System.Text;
using Tandem.Domain;
using Tandem.Domain.Guidance;
using Tandem.Domain.Organisations;

namespace Tandem.UnitTests.Organisations;

public sealed class SiteSettingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("#000000", 21.0)]
    [InlineData("#FFFFFF", 1.0)]
    [InlineData("#767676", 4.54)] // the lightest grey that passes AA on white
    [InlineData("#777777", 4.48)]
    public void Contrast_with_white_follows_the_WCAG_relative_luminance(string hex, double expected)
    {
        Assert.True(BrandColour.TryParse(hex, out var colour));
        Assert.Equal(expected, BrandColour.ContrastWithWhite(colour), 2);
    }

    [Theory]
    [InlineData("#FFD700", "sites.contrast")]
    [InlineData("#777777", "sites.contrast")]
    [InlineData("1F5F8B", "sites.colour")]
    [InlineData("#1F5F8", "sites.colour")]
    [InlineData("#GGGGGG", "sites.colour")]
    public void A_colour_that_is_not_hex_or_too_light_for_white_text_is_a_problem(string colour, string rule)
    {
        var problem = Assert.Single((Settings() with { BrandColour = colour }).Problems());
        Assert.Equal((nameof(SiteSettings.BrandColour), rule), (problem.Field, problem.Rule.Code));
    }

    [Fact]
    public void Configuring_reports_each_changed_setting_with_old_and_new_value_and_raises_the_version()
    {
        var site = new Site(Guid.NewGuid(), "Tandem Utrecht", "Utrecht");

        var changes = site.Configure(site.Settings with { Slug = "tandem-utrecht", FeedbackWorkingDays = 5, DisabledProgrammes = ["cfs"] });

        Assert.Equal(
            [("Slug", null, "tandem-utrecht"), ("FeedbackWorkingDays", null, "5"), ("DisabledProgrammes", null, "cfs")],
            changes.Select(c => (c.Field, c.Old, c.New)));
        Assert.Equal(1, site.Version);
        Assert.False(site.Offers("cfs"));
        Assert.Empty(site.Configure(site.Settings));
        Assert.Equal(1, site.Version);
    }

    [Fact]
    public void Monday_to_Friday_is_stored_as_the_default_week_and_other_weekdays_count_in_the_calendar()
    {
        var site = new Site(Guid.NewGuid(), "Tandem Utrecht", "Utrecht");
        Assert.Empty(site.Configure(site.Settings with { WorkingWeekdays = [DayOfWeek.Friday, .. WorkingCalendar.MondayToFriday] }));

        var changes = site.Configure(site.Settings with { WorkingWeekdays = [DayOfWeek.Saturday, DayOfWeek.Monday] });

        Assert.Equal(("WorkingWeekdays", null, "Monday, Saturday"), Assert.Single(changes));
        var friday = new DateOnly(2026, 11, 27);
        Assert.Equal(new DateOnly(2026, 12, 5), new WorkingCalendar([], site.WorkingWeekdays).AddWorkingDays(friday, 3)); // Sat, Mon, Sat
        Assert.Equal(friday.AddDays(3), new WorkingCalendar([], []).AddWorkingDays(friday, 1)); // no weekday at all: the default week
    }

    [Fact]
    public void Settings_with_a_problem_are_refused_whole()
    {
        var site = new Site(Guid.NewGuid(), "Tandem Utrecht", "Utrecht");

        var refused = Assert.Throws<DomainRuleException>(() => site.Configure(site.Settings with { Phone = "030 123", Slug = "Not A Slug" }));

        Assert.Equal(SiteRules.Slug, refused.Rule);
        Assert.Null(site.Phone);
    }

    [Theory]
    [InlineData("Tandem Utrecht", "tandem-utrecht")]
    [InlineData("GGZ Rivierenland – 's-Hertogenbosch", "ggz-rivierenland-s-hertogenbosch")]
    [InlineData("Zürich café", "zurich-cafe")]
    [InlineData("A", "a00")]
    public void The_proposed_web_address_name_is_plain_lower_case_with_hyphens(string name, string slug) =>
        Assert.Equal(slug, SiteSettings.SlugFor(name));

    [Fact]
    public void A_logo_is_recognised_by_its_bytes_and_a_scripted_or_large_one_is_refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        Assert.Equal("image/png", new SiteLogo(Guid.NewGuid(), png, Now).ContentType);
        Assert.Equal("image/jpeg", new SiteLogo(Guid.NewGuid(), [0xFF, 0xD8, 0xFF, 0xE0, 0], Now).ContentType);
        Assert.Equal("image/svg+xml", new SiteLogo(Guid.NewGuid(), Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"), Now).ContentType);

        Assert.Equal(SiteRules.LogoType, Assert.Throws<DomainRuleException>(() => new SiteLogo(Guid.NewGuid(), Encoding.ASCII.GetBytes("GIF89a"), Now)).Rule);
        Assert.Equal(SiteRules.LogoSize, Assert.Throws<DomainRuleException>(() => new SiteLogo(Guid.NewGuid(), [.. png, .. new byte[SiteLogo.MaxBytes]], Now)).Rule);
        foreach (var svg in new[] { "<svg><script>alert(1)</script></svg>", "<svg onload='x()'/>", "<svg><a href=\"javascript:x()\"/></svg>", "<svg><image href=\"https://tracker.example/x.png\"/></svg>" })
        {
            Assert.Equal(SiteRules.LogoUnsafe, Assert.Throws<DomainRuleException>(() => new SiteLogo(Guid.NewGuid(), Encoding.UTF8.GetBytes(svg), Now)).Rule);
        }
    }

    private static SiteSettings Settings() => new Site(Guid.NewGuid(), "Site", "City").Settings;
}
