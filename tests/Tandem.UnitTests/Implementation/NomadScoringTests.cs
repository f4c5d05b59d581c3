using Tandem.Domain;
using Tandem.Domain.Implementation;

namespace Tandem.UnitTests.Implementation;

public sealed class NomadScoringTests
{
    private static readonly Guid Round = Guid.NewGuid();

    private static readonly NomadItem[] Items =
    [
        new("CO1", 4, "coherence", "differentiation", "I can see how it differs", false),
        new("CO2", 5, "coherence", "communal specification", "Staff share an understanding", false),
        new("CA1", 12, "collective action", "interactional workability", "I can integrate it", false),
        new("CA2", 13, "collective action", "relational integration", "It disrupts working relationships", true),
    ];

    private static NomadAnswer Agree(string item, int agreement) => new(Round, Guid.NewGuid(), item, agreement, null);

    private static NomadAnswer NotRelevantTo(string item) => new(Round, Guid.NewGuid(), item, null, NotRelevant.ToMyRole);

    [Fact]
    public void A_construct_mean_averages_its_answers_turns_reversed_items_round_and_leaves_not_relevant_out()
    {
        var scores = NomadScoring.Constructs(Items, [Agree("CO1", 5), Agree("CO2", 3), NotRelevantTo("CO2"), Agree("CA1", 4), Agree("CA2", 1)]);

        Assert.Equal(["coherence", "collective action"], scores.Select(s => s.Construct));
        Assert.Equal((4.0, 2, 1), (scores[0].Mean, scores[0].Answers, scores[0].NotRelevant));
        Assert.Equal(4.5, scores[1].Mean); // CA2 answered 1 ("strongly disagree that it disrupts") counts as 5
    }

    [Fact]
    public void Item_means_show_the_answers_as_given_and_a_construct_without_answers_has_no_mean()
    {
        var items = NomadScoring.Items(Items, [Agree("CA2", 1), Agree("CA2", 2)]);
        var constructs = NomadScoring.Constructs(Items, [NotRelevantTo("CO1")]);

        Assert.Equal(1.5, items.Single(i => i.ItemId == "CA2").Mean);
        Assert.Null(items.Single(i => i.ItemId == "CO1").Mean);
        Assert.Equal((null, 0, 1), (constructs[0].Mean, constructs[0].Answers, constructs[0].NotRelevant));
    }

    [Theory]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(12, 5, true)]
    public void Results_are_shown_only_from_the_minimum_group_size(int respondents, int minimum, bool shown) =>
        Assert.Equal(shown, NomadScoring.MayShow(respondents, minimum));

    [Theory]
    [InlineData(null, null)]
    [InlineData(3, NotRelevant.AtThisStage)]
    [InlineData(0, null)]
    [InlineData(6, null)]
    public void An_answer_is_either_an_agreement_from_1_to_5_or_a_reason_it_is_not_relevant(int? agreement, NotRelevant? reason) =>
        Assert.Equal(ImplementationRules.NomadAnswer, Assert.Throws<DomainRuleException>(() => new NomadAnswer(Round, Guid.NewGuid(), "CO1", agreement, reason)).Rule);
}
