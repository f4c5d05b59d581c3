using Tandem.Domain;
using Tandem.Domain.Guidance;

namespace Tandem.UnitTests.Guidance;

public sealed class GuidanceRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Placeholders_are_filled_where_a_value_is_known_and_stay_visible_where_not()
    {
        var filled = Placeholders.Fill("Dear {first-name}, your goal ‘{goal}’; {average-pain} on average.", new Dictionary<string, string?>
        {
            [Placeholders.FirstName] = "Anna",
            [Placeholders.Goal] = null,
            [Placeholders.AveragePain] = "6,1",
        });

        Assert.Equal("Dear Anna, your goal ‘{goal}’; 6,1 on average.", filled);
        Assert.Equal([Placeholders.Goal], Placeholders.Unfilled(filled));
        Assert.Equal(2, Placeholders.GapCount("… [one] and …[two] but not [three] or …"));
    }

    [Fact]
    public void A_message_needs_text_within_the_limit_and_is_read_once_by_the_other_side_only()
    {
        Assert.Equal(GuidanceRules.MessageRequired, Assert.Throws<DomainRuleException>(() => Message.Write(Guid.NewGuid(), true, Guid.NewGuid(), "  ", Now)).Rule);
        Assert.Throws<DomainRuleException>(() => Message.Write(Guid.NewGuid(), true, Guid.NewGuid(), new string('x', Message.MaxLength + 1), Now));
        var (author, therapist, cover) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var message = Message.Write(Guid.NewGuid(), fromPatient: true, author, "  A question  ", Now);
        Assert.Equal("A question", message.Body);

        message.MarkRead(author, Now.AddMinutes(1));
        Assert.Null(message.ReadAt);
        message.MarkRead(therapist, Now.AddMinutes(2));
        message.MarkRead(cover, Now.AddMinutes(3));
        Assert.Equal((Now.AddMinutes(2), therapist), (message.ReadAt, message.ReadByUserId));
    }

    [Theory]
    [InlineData(30, 30)]
    [InlineData(5000, 30)]
    [InlineData(12, 12)]
    [InlineData(-5, 0)]
    public void A_heartbeat_counts_what_the_page_reports_within_zero_and_one_interval(int reported, int counted) =>
        Assert.Equal(counted, TimeRules.Credit(reported));

    [Fact]
    public void A_day_counts_for_reimbursement_from_the_minimum_and_manual_entries_stay_within_their_bounds()
    {
        Assert.False(TimeRules.Counts(299, 5));
        Assert.True(TimeRules.Counts(300, 5));
        var today = ClinicCalendar.DateOf(Now);
        Assert.Equal(600, TimeEntry.Manual(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), today.AddDays(-30), TimeKind.Phone, 10, Now).Seconds);
        Assert.Equal(GuidanceRules.TimeMinutes, Assert.Throws<DomainRuleException>(() => TimeEntry.Manual(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), today, TimeKind.Phone, 0, Now)).Rule);
        Assert.Equal(GuidanceRules.TimeMinutes, Assert.Throws<DomainRuleException>(() => TimeEntry.Manual(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), today, TimeKind.Phone, 481, Now)).Rule);
        Assert.Equal(GuidanceRules.TimeDay, Assert.Throws<DomainRuleException>(() => TimeEntry.Manual(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), today.AddDays(1), TimeKind.Phone, 10, Now)).Rule);
        Assert.Equal(GuidanceRules.TimeDay, Assert.Throws<DomainRuleException>(() => TimeEntry.Manual(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), today.AddDays(-31), TimeKind.Phone, 10, Now)).Rule);
    }

    [Fact]
    public void A_snippet_needs_a_title_and_a_text_within_their_limits()
    {
        Assert.Equal(GuidanceRules.SnippetTitle, Assert.Throws<DomainRuleException>(() => Snippet.Personal(Guid.NewGuid(), Guid.NewGuid(), new string('t', 81), "Text", Now)).Rule);
        Assert.Equal(GuidanceRules.SnippetText, Assert.Throws<DomainRuleException>(() => Snippet.ForTeam(Guid.NewGuid(), Guid.NewGuid(), "Title", " ", Now)).Rule);
        Assert.Equal("Close", Snippet.Personal(Guid.NewGuid(), Guid.NewGuid(), " Close ", "Warm regards", Now).Title);
    }
}
