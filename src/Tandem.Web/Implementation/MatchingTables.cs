using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Implementation;

/// <summary>The CFIR-ERIC table rankings use: the organisation's newest import, else the shipped (incomplete) one.</summary>
public sealed record MatchingTableInUse(MatchingTable? Imported, IReadOnlyList<Endorsement> Rows, IReadOnlyDictionary<string, Coverage> Coverage);

/// <summary>Reads the table in use and imports a new version (validated as the shipped table is, all or nothing).</summary>
public sealed class MatchingTables(AppDbContext db, ImplementationCatalog catalog, AuditTrail audit, TimeProvider clock)
{
    /// <summary>A larger file is refused unread (the complete table is about 3,000 rows, well under this).</summary>
    public const int MaximumBytes = 1024 * 1024;

    public async Task<MatchingTableInUse> CurrentAsync(Guid organisationId, CancellationToken ct)
    {
        var latest = await db.MatchingTables.AsNoTracking()
            .Where(t => t.OrganisationId == organisationId)
            .OrderByDescending(t => t.Version)
            .FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return new MatchingTableInUse(null, catalog.ShippedTable, catalog.Barriers.ToDictionary(b => b.Name, b => b.Shipped));
        }

        var rows = await db.MatchingRows.AsNoTracking()
            .Where(r => r.TableId == latest.Id)
            .Select(r => new Endorsement(r.Barrier, r.StrategyId, r.Percent, r.Level))
            .ToListAsync(ct);
        return new MatchingTableInUse(latest, rows, catalog.Barriers.ToDictionary(b => b.Name, b => b.CoverageIn(rows)));
    }

    /// <summary>The problems of a refused file; on success the new version, stored with its audit entry.</summary>
    public async Task<(MatchingTable? Imported, IReadOnlyList<Csv.Problem> Errors)> ImportAsync(Viewer viewer, string fileName, string csv, CancellationToken ct)
    {
        var table = Csv.Read(csv);
        if (table.Error is { } syntax)
        {
            return (null, [syntax]);
        }

        if (!table.Header.SequenceEqual(ImplementationLoader.MatchingColumns))
        {
            return (null, [new Csv.Problem(1, ImplementationRules.MatchingColumns, string.Join(',', ImplementationLoader.MatchingColumns))]);
        }

        var (rows, errors) = ImplementationLoader.ReadMatching(table.Rows, catalog);
        if (errors.Count > 0 || rows.Count == 0)
        {
            return (null, errors.Count > 0 ? errors : [new Csv.Problem(2, ImplementationRules.MatchingEmpty)]);
        }

        var version = 1 + (await db.MatchingTables.Where(t => t.OrganisationId == viewer.OrganisationId).MaxAsync(t => (int?)t.Version, ct) ?? 0);
        var imported = new MatchingTable(viewer.OrganisationId, version, Path.GetFileName(fileName), rows.Count, viewer.UserId, clock.GetUtcNow());
        db.MatchingTables.Add(imported);
        db.MatchingRows.AddRange(rows.Select(r => new MatchingRow(imported.Id, r)));
        audit.RecordOrganisational(viewer, AuditAction.Create, nameof(MatchingTable), imported.Id.ToString());
        await db.SaveChangesAsync(ct);
        return (imported, []);
    }
}
