namespace Tandem.Domain.Implementation;

/// <summary>
/// A CFIR-ERIC matching table an organisation administrator imported (the complete published table, transcribed into
/// the columns of the shipped one). Versions count up per organisation; rankings use the newest.
/// </summary>
public sealed class MatchingTable
{
    public const int MaxFileNameLength = 200;

    private MatchingTable() { } // EF Core

    public MatchingTable(Guid organisationId, int version, string fileName, int rowCount, Guid importedById, DateTimeOffset now)
    {
        OrganisationId = organisationId;
        Version = version;
        FileName = fileName.Length > MaxFileNameLength ? fileName[..MaxFileNameLength] : fileName;
        RowCount = rowCount;
        ImportedById = importedById;
        ImportedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public int Version { get; private init; }
    public string FileName { get; private init; } = "";
    public int RowCount { get; private init; }
    public Guid ImportedById { get; private init; }
    public DateTimeOffset ImportedAt { get; private init; }
}

/// <summary>One row of an imported matching table.</summary>
public sealed class MatchingRow
{
    public const int MaxBarrierLength = 80;

    private MatchingRow() { } // EF Core

    public MatchingRow(Guid tableId, Endorsement endorsement)
    {
        TableId = tableId;
        Barrier = endorsement.Barrier;
        StrategyId = endorsement.StrategyId;
        Percent = endorsement.Percent;
        Level = endorsement.Level;
    }

    public long Id { get; private init; }
    public Guid TableId { get; private init; }
    public string Barrier { get; private init; } = "";
    public int StrategyId { get; private init; }
    public int? Percent { get; private init; }
    public EndorsementLevel Level { get; private init; }
}
