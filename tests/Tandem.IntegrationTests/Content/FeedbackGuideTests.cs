using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Content;

public sealed class FeedbackGuideTests : IDisposable
{
    private const string GuideFile = "programmes/demo/feedback/demo-01.yaml";

    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Every_shipped_module_has_templates_and_an_example_in_both_languages_and_the_tone_guidance_loads()
    {
        var root = Path.Combine(ShippedContentTests.RepositoryRoot(), "content");
        var programmes = ProgrammeLoader.Load(root).Programmes;

        var (guide, errors) = FeedbackGuideLoader.Load(root, programmes);

        Assert.Empty(errors.Select(e => e.ToString()));
        Assert.All(programmes.SelectMany(p => p.Modules), module =>
        {
            var forModule = guide.For(module.Id);
            Assert.True(forModule.Templates.Count >= 2, module.Id);
            Assert.NotEmpty(forModule.Examples);
            Assert.All(forModule.Templates, t => Assert.Contains("{first-name}", t.Text.Dutch, StringComparison.Ordinal));
        });
        Assert.InRange(guide.Tone.Count, 6, 9);
    }

    [Fact]
    public void A_template_with_an_unknown_placeholder_is_an_error_naming_it_and_the_known_ones()
    {
        _content.Write(GuideFile, Guide(nl: "Beste {voornaam}, … [iets]", en: "Dear {first-name}, … [something]"));

        var error = Assert.Single(Load().Errors);

        Assert.Equal(GuideFile, error.File);
        Assert.Contains("unknown placeholder '{voornaam}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("{first-name}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_whose_languages_have_different_gaps_is_an_error()
    {
        _content.Write(GuideFile, Guide(nl: "Beste {first-name}, … [iets] en … [nog iets]", en: "Dear {first-name}, … [something]"));

        Assert.Contains("2 gaps in Dutch but 1 in English", Assert.Single(Load().Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_guide_for_a_module_the_programme_does_not_have_is_an_error()
    {
        _content.Write("programmes/demo/feedback/demo-09.yaml", Guide("Beste {first-name}", "Dear {first-name}").Replace("demo-01", "demo-09", StringComparison.Ordinal));

        Assert.Contains("programme 'demo' has no module 'demo-09'", Assert.Single(Load().Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_guide_is_found_by_its_module_and_other_modules_have_none()
    {
        _content.Write(GuideFile, Guide("Beste {first-name}, … [iets]", "Dear {first-name}, … [something]"));

        var (guide, errors) = Load();

        Assert.Empty(errors);
        Assert.Equal("Dear {first-name}, … [something]", Assert.Single(guide.For("demo-01").Templates).Text.English);
        Assert.Empty(guide.For("demo-02").Templates);
    }

    private (FeedbackGuide Guide, IReadOnlyList<Tandem.Web.Content.ContentError> Errors) Load() =>
        FeedbackGuideLoader.Load(_content.Root, ProgrammeLoader.Load(_content.Root).Programmes);

    private static string Guide(string nl, string en) => $$"""
        module: demo-01
        templates:
          - id: going-well
            title: { nl: "Gaat goed", en: "Going well" }
            text: { nl: "{{nl}}", en: "{{en}}" }
        examples:
          - id: example-anna
            title: { nl: "Anna", en: "Anna" }
            situation: { nl: "Anna stuurde haar plan.", en: "Anna sent her plan." }
            feedback: { nl: "Beste Anna, goed gedaan.", en: "Dear Anna, well done." }
        """;
}
