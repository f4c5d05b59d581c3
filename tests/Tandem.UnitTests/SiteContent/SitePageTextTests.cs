using Tandem.Domain;
using Tandem.Domain.Programmes;
using Tandem.Domain.SiteContent;

namespace Tandem.UnitTests.SiteContent;

public sealed class SitePageTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Site = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();

    [Fact]
    public void Page_text_joins_the_text_blocks_and_skips_other_blocks()
    {
        var page = Page(new TextBlock(new("Een", "One")), new ImageBlock("x.png", new("a", "a")), new TextBlock(new("Twee", "Two")));

        Assert.Equal(new LocalizedText("Een\n\nTwee", "One\n\nTwo"), PageText.Of(page));
        Assert.Null(PageText.Of(Page(new ImageBlock("x.png", new("a", "a")))));
    }

    [Fact]
    public void An_adaptation_keeps_a_snapshot_of_the_text_it_was_written_against()
    {
        var adapted = new SitePageText(Site, "cfs", Module(1, "Rust"), PageOf("Rust"), new("Rust bij ons", "Rest here"), Manager, Now);

        Assert.Equal((1, "Rust", "Rust en"), (adapted.BaseModuleVersion, adapted.BaseDutch, adapted.BaseEnglish));
        Assert.Equal(new LocalizedText("Rust bij ons", "Rest here"), adapted.Text);
    }

    [Fact]
    public void Base_change_is_reported_only_for_a_newer_version_with_different_text()
    {
        var adapted = new SitePageText(Site, "cfs", Module(1, "Rust"), PageOf("Rust"), new("Eigen", "Own"), Manager, Now);

        Assert.False(adapted.BaseChangedIn(Module(1, "Rust"), PageOf("Rust")));
        Assert.False(adapted.BaseChangedIn(Module(2, "Rust"), PageOf("Rust")));
        Assert.True(adapted.BaseChangedIn(Module(2, "Rust!"), PageOf("Rust!")));
    }

    [Fact]
    public void Marking_reviewed_rebases_the_snapshot_on_the_new_version()
    {
        var adapted = new SitePageText(Site, "cfs", Module(1, "Rust"), PageOf("Rust"), new("Eigen", "Own"), Manager, Now);

        adapted.MarkReviewed(Module(2, "Rust!"), PageOf("Rust!"), Manager, Now.AddDays(1));

        Assert.False(adapted.BaseChangedIn(Module(2, "Rust!"), PageOf("Rust!")));
        Assert.Equal((2, "Rust!"), (adapted.BaseModuleVersion, adapted.BaseDutch));
        Assert.Equal("Eigen", adapted.Dutch);
    }

    [Theory]
    [InlineData("", "Own")]
    [InlineData("Eigen", "  ")]
    public void Both_languages_are_required(string dutch, string english)
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            new SitePageText(Site, "cfs", Module(1, "Rust"), PageOf("Rust"), new(dutch, english), Manager, Now));
        Assert.Equal(SiteContentRules.TextRequired, refused.Rule);
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_refused()
    {
        var adapted = new SitePageText(Site, "cfs", Module(1, "Rust"), PageOf("Rust"), new("Eigen", "Own"), Manager, Now);

        var refused = Assert.Throws<DomainRuleException>(() =>
            adapted.Edit(new(new string('a', SiteContentRules.MaxTextLength + 1), "Own"), Manager, Now));
        Assert.Equal(SiteContentRules.TextTooLong, refused.Rule);
    }

    [Fact]
    public void A_patients_page_shows_the_site_text_in_place_of_the_text_blocks()
    {
        var image = new ImageBlock("x.png", new("a", "a"));
        var page = Page(new TextBlock(new("Een", "One")), image, new TextBlock(new("Twee", "Two")));

        var blocks = SitePage.Blocks(page, new("Eigen", "Own"));

        Assert.Equal([new TextBlock(new("Eigen", "Own")), image], blocks);
        Assert.Same(page.Blocks, SitePage.Blocks(page, null));
    }

    private static Page PageOf(string dutch) => Page(new TextBlock(new(dutch, dutch + " en")));

    private static Page Page(params Block[] blocks) => new("p1", new("Pagina", "Page"), blocks);

    private static Module Module(int version, string dutch) =>
        new("m1", version, new ModuleReview(ReviewStatus.Draft, null, null), new("M", "M"), new("S", "S"), 10, [], [PageOf(dutch)]);
}
