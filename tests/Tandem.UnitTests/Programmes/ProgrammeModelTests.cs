using Tandem.Domain.Programmes;

namespace Tandem.UnitTests.Programmes;

public sealed class ProgrammeModelTests
{
    [Fact]
    public void A_text_is_shown_in_the_asked_language_and_in_Dutch_otherwise()
    {
        var text = new LocalizedText("Hallo", "Hello");

        Assert.Equal("Hello", text.For("en"));
        Assert.Equal("Hallo", text.For("nl"));
        Assert.Equal("Hallo", text.For("de"));
    }

    [Fact]
    public void A_variant_step_offers_each_of_its_modules()
    {
        var step = new VariantStep("activity", "activity-pattern",
            [new ModuleVariant("active", "relatively-active"), new ModuleVariant("low", "low-active")]);

        Assert.Equal(["active", "low"], step.ModuleIds);
        Assert.Equal(["single"], new ModuleStep("single").ModuleIds);
    }
}
