using Tandem.Domain.Programmes;

namespace Tandem.Domain.Implementation;

/// <summary>How a CFIR 2.0 construct's CFIR 2009 counterpart is known (column <c>mapping_status</c> of the data set).</summary>
public enum MappingStatus
{
    /// <summary>A retrieved source states the mapping.</summary>
    SourceSeen,

    /// <summary>The data set's own reading, not checked against the official crosswalk.</summary>
    Inferred,

    /// <summary>New in CFIR 2.0: no 2009 counterpart.</summary>
    New,
}

/// <summary>
/// A CFIR 2.0 construct or sub-construct (Damschroder et al. 2022) as staff rate it: the statement operationalises it
/// for guided online CBT; <see cref="Barriers"/> are the CFIR 2009 barriers of the CFIR-ERIC survey it routes to (may be
/// none).
/// </summary>
public sealed record CfirConstruct(
    string Id,
    string Domain,
    string? Subdomain,
    string Construct,
    string? SubConstruct,
    LocalizedText Label,
    LocalizedText Definition,
    LocalizedText Statement,
    IReadOnlyList<string> Barriers,
    MappingStatus Mapping)
{
    public bool IsSubConstruct => SubConstruct is not null;
}

/// <summary>An ERIC implementation strategy (Powell et al. 2015) with its concept-mapping cluster (Waltz et al. 2015).</summary>
public sealed record EricStrategy(int Id, string Name, string DutchName, LocalizedText Definition, string Cluster)
{
    public string NameFor(string language) => language == Accounts.Language.English ? Name : DutchName;
}

/// <summary>How much of a barrier's published expert endorsements the matching table in use holds.</summary>
public enum Coverage
{
    Missing,
    Partial,
    Complete,
}

/// <summary>
/// A CFIR 2009 barrier of the CFIR-ERIC survey (Waltz et al. 2019), with the published Level 1 / Level 2 totals where
/// known and how complete the shipped table is for it.
/// </summary>
public sealed record CfirBarrier(string Name, string Domain, int? Level1Total, int? Level2Total, Coverage Shipped)
{
    /// <summary>
    /// How complete an imported table is for this barrier: missing without rows; partial when it has fewer Level 1 or
    /// Level 2 pairs than Waltz et al. 2019 report (where those totals are known); else complete.
    /// </summary>
    public Coverage CoverageIn(IEnumerable<Endorsement> table)
    {
        var rows = table.Where(e => e.Barrier == Name).ToList();
        if (rows.Count == 0)
        {
            return Coverage.Missing;
        }

        var short1 = Level1Total is { } level1 && rows.Count(e => e.Level == EndorsementLevel.One) < level1;
        var short2 = Level2Total is { } level2 && rows.Count(e => e.Level == EndorsementLevel.Two) < level2;
        return short1 || short2 ? Coverage.Partial : Coverage.Complete;
    }
}
