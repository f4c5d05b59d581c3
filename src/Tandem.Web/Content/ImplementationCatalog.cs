using Tandem.Domain.Implementation;

namespace Tandem.Web.Content;

/// <summary>
/// The implementation-support reference data of <c>content/implementation</c>: CFIR 2.0 constructs as staff rate them,
/// the ERIC strategies, the CFIR 2009 barriers of the CFIR-ERIC survey, the shipped (incomplete) matching table and the NoMAD items.
/// </summary>
public sealed class ImplementationCatalog(
    IReadOnlyList<CfirConstruct> constructs, IReadOnlyList<EricStrategy> strategies, IReadOnlyList<CfirBarrier> barriers, IReadOnlyList<Endorsement> shippedTable,
    IReadOnlyList<NomadItem> nomadItems)
{
    private readonly Dictionary<string, CfirConstruct> _constructsById = constructs.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<int, EricStrategy> _strategiesById = strategies.ToDictionary(s => s.Id);
    private readonly Dictionary<string, CfirBarrier> _barriersByName = barriers.ToDictionary(b => b.Name, StringComparer.Ordinal);

    /// <summary>In the order of CFIR 2.0 (domain, construct, sub-construct).</summary>
    public IReadOnlyList<CfirConstruct> Constructs { get; } = constructs;

    public IReadOnlyList<EricStrategy> Strategies { get; } = strategies;

    public IReadOnlyList<CfirBarrier> Barriers { get; } = barriers;

    public IReadOnlyList<Endorsement> ShippedTable { get; } = shippedTable;

    /// <summary>The NoMAD construct items asked, in instrument order (English wording; see nomad-scoring.yaml).</summary>
    public IReadOnlyList<NomadItem> NomadItems { get; } = nomadItems;

    /// <summary>The CFIR 2.0 domains in order.</summary>
    public IReadOnlyList<string> Domains { get; } = [.. constructs.Select(c => c.Domain).Distinct()];

    public CfirConstruct? Construct(string? id) => id is null ? null : _constructsById.GetValueOrDefault(id);

    public EricStrategy? Strategy(int id) => _strategiesById.GetValueOrDefault(id);

    public CfirBarrier? Barrier(string? name) => name is null ? null : _barriersByName.GetValueOrDefault(name);
}
