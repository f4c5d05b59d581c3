using Tandem.Domain.Implementation;
using Tandem.IntegrationTests.Content;
using Tandem.Web.Content;
using Tandem.Web.Infrastructure;

namespace Tandem.IntegrationTests.Implementation;

public sealed class ImplementationContentTests
{
    private static ImplementationCatalog Shipped()
    {
        var (catalog, errors) = ImplementationLoader.Load(Path.Combine(ShippedContentTests.RepositoryRoot(), "content"));
        Assert.Empty(errors.Select(e => e.ToString()));
        return catalog!;
    }

    [Fact]
    public void The_shipped_implementation_tables_load_complete_and_worded_in_both_languages()
    {
        var catalog = Shipped();

        Assert.Equal((67, 19), (catalog.Constructs.Count, catalog.Constructs.Count(c => c.IsSubConstruct)));
        Assert.Equal(["Innovation", "Outer Setting", "Inner Setting", "Individuals", "Implementation Process"], catalog.Domains);
        Assert.Equal(73, catalog.Strategies.Count);
        Assert.Equal(9, catalog.Strategies.Select(s => s.Cluster).Distinct().Count());
        Assert.Equal(39, catalog.Barriers.Count);
        Assert.Equal(118, catalog.ShippedTable.Count);
        Assert.Equal(40, catalog.ShippedTable.Count(e => e.Percent is not null));
        Assert.All(catalog.Constructs, c => Assert.False(string.IsNullOrWhiteSpace(c.Statement.Dutch) || string.IsNullOrWhiteSpace(c.Statement.English)));
        Assert.Equal(20, catalog.NomadItems.Count); // the construct items; the general items wait for a checked wording
        Assert.Equal(["CA2"], catalog.NomadItems.Where(i => i.Reversed).Select(i => i.Id));
        Assert.All(catalog.NomadItems, i => Assert.DoesNotContain("[intervention]", i.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Constructs_route_to_their_CFIR_2009_barriers_and_umbrellas_or_new_constructs_to_none()
    {
        var catalog = Shipped();

        Assert.Equal(["Available Resources"], catalog.Construct("IV.L")!.Barriers); // Opportunity maps to "Available Resources (time)"
        Assert.Equal(["Engaging: Formally Appointed Internal Implementation Leaders", "Engaging: Champions"], catalog.Construct("IV.E")!.Barriers);
        Assert.Empty(catalog.Construct("IV.F")!.Barriers); // Implementation Team Members: the Engaging umbrella
        Assert.All(catalog.Constructs.Where(c => c.Mapping == MappingStatus.New), c => Assert.Empty(c.Barriers));
    }

    [Fact]
    public void The_shipped_table_ranks_reflecting_and_evaluating_as_Waltz_2019_Table_1_prints_it()
    {
        var catalog = Shipped();

        var ranking = StrategyRanking.Rank(["Reflecting & Evaluating"], catalog.ShippedTable);

        Assert.Equal(["Develop and implement tools for quality monitoring", "Audit and provide feedback"], ranking.Take(2).Select(r => catalog.Strategy(r.StrategyId)!.Name));
        Assert.Equal([60, 56, 40, 36, 28, 28, 28, 28, 24, 20], ranking.Select(r => r.CumulativePercent));
    }

    [Theory]
    [InlineData("Planning,1,Access new funding,20,3,,,,,,", "level '3'")]
    [InlineData("Planning,1,Access new funding,55,2,,,,,,", "agree with the percentage")]
    [InlineData("Planning,1,Access new funding,101,,,,,,,", "from 0 to 100")]
    [InlineData("Planning,99,Access new funding,20,2,,,,,,", "not an ERIC strategy")]
    [InlineData("Planning,1,Audit and provide feedback,20,2,,,,,,", "not 'Audit and provide feedback'")]
    [InlineData("Courage,1,Access new funding,20,2,,,,,,", "not a CFIR 2009 barrier")]
    public void A_matching_row_with_an_unknown_barrier_or_strategy_or_an_inconsistent_level_is_refused(string row, string message)
    {
        var header = string.Join(',', ImplementationLoader.MatchingColumns);
        var (rows, errors) = ImplementationLoader.ReadMatching(Csv.Read($"{header}\n{row}\n").Rows, Shipped());

        Assert.Empty(rows);
        Assert.Contains(message, Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_wording_row_stops_loading_with_the_file_named()
    {
        using var content = new ContentFolder();
        var wording = Path.Combine(content.Root, "implementation", "cfir-wording.csv");
        File.WriteAllLines(wording, File.ReadAllLines(wording).Where(l => !l.StartsWith("I.A,", StringComparison.Ordinal)));

        var (catalog, errors) = ImplementationLoader.Load(content.Root);

        Assert.Null(catalog);
        Assert.Equal("implementation/cfir-wording.csv:0: construct 'I.A' has no wording", Assert.Single(errors).ToString());
    }
}
