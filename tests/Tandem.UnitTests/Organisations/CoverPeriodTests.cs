using Tandem.Domain;
using Tandem.Domain.Organisations;

namespace Tandem.UnitTests.Organisations;

public sealed class CoverPeriodTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static CoverPeriod Cover(Guid therapist, Guid covering, DateOnly from, DateOnly until) =>
        new(Guid.NewGuid(), therapist, covering, from, until, therapist, Now);

    [Fact]
    public void A_cover_period_covers_its_first_and_last_day_and_nothing_outside()
    {
        var cover = Cover(Guid.NewGuid(), Guid.NewGuid(), Today, Today.AddDays(2));

        Assert.True(cover.Covers(Today));
        Assert.True(cover.Covers(Today.AddDays(2)));
        Assert.False(cover.Covers(Today.AddDays(-1)));
        Assert.False(cover.Covers(Today.AddDays(3)));
    }

    [Fact]
    public void A_therapist_cannot_cover_for_themselves_or_for_a_period_that_ends_before_it_starts_or_in_the_past()
    {
        var therapist = Guid.NewGuid();

        Assert.Equal(CoverRules.Self, Assert.Throws<DomainRuleException>(() => Cover(therapist, therapist, Today, Today)).Rule);
        Assert.Equal(CoverRules.Order, Assert.Throws<DomainRuleException>(() => Cover(therapist, Guid.NewGuid(), Today.AddDays(2), Today.AddDays(1))).Rule);
        Assert.Equal(CoverRules.Past, Assert.Throws<DomainRuleException>(() => Cover(therapist, Guid.NewGuid(), Today.AddDays(-5), Today.AddDays(-1))).Rule);
        Assert.Equal(CoverRules.TooLong, Assert.Throws<DomainRuleException>(() => Cover(therapist, Guid.NewGuid(), Today, Today.AddDays(400))).Rule);
    }
}
