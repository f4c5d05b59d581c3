using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Implementation;

/// <summary>
/// Strategy matching: the lead chooses CFIR constructs that are barriers (from a round: those its raters judged
/// barriers are proposed); Tandem routes them to the CFIR 2009 barriers of the CFIR-ERIC survey, says per barrier how
/// complete the expert data are, and ranks the ERIC strategies by cumulative endorsement (Waltz et al. 2019).
/// </summary>
public sealed class StrategiesModel(AppDbContext db, ImplementationCatalog catalog, MatchingTables tables, AuditTrail audit) : PageModel
{
    public IReadOnlyList<CfirConstruct> Constructs => catalog.Constructs;
    public IReadOnlyList<CfirConstruct> Chosen { get; private set; } = [];
    public IReadOnlyList<CfirBarrier> Barriers { get; private set; } = [];
    public IReadOnlyList<RankedStrategy> Ranking { get; private set; } = [];
    public CfirRound? Round { get; private set; }

    /// <summary>The organisation's imported table in use, or null for the shipped one.</summary>
    public MatchingTable? Imported { get; private set; }

    public IReadOnlyDictionary<string, Coverage> Coverage { get; private set; } = new Dictionary<string, Coverage>();

    public EricStrategy StrategyOf(int id) => catalog.Strategy(id)!;

    public async Task<IActionResult> OnGetAsync(Guid? round, string[] c, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        IEnumerable<string> chosen = c;
        if (round is { } roundId)
        {
            Round = await db.CfirRounds.LedBy(db, viewer).AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
            if (Round is null)
            {
                return NotFound();
            }

            if (c.Length == 0)
            {
                var sent = db.CfirInvitations.Where(i => i.RoundId == roundId && i.SubmittedAt != null).Select(i => i.UserId);
                var ratings = await db.CfirRatings.AsNoTracking().Where(r => r.RoundId == roundId && sent.Contains(r.RespondentId)).ToListAsync(ct);
                chosen = CfirProfile.Of(Round.ConstructIds, ratings).Where(p => p.Verdict == Verdict.Barrier).Select(p => p.ConstructId);
            }

            audit.RecordOrganisational(viewer, AuditAction.Read, "CfirProfile", roundId.ToString());
            await db.SaveChangesAsync(ct);
        }

        Chosen = [.. chosen.Select(catalog.Construct).OfType<CfirConstruct>().DistinctBy(x => x.Id)];
        Barriers = [.. Chosen.SelectMany(x => x.Barriers).Distinct().Select(b => catalog.Barrier(b)!)];
        var table = await tables.CurrentAsync(viewer.OrganisationId, ct);
        (Imported, Coverage) = (table.Imported, table.Coverage);
        Ranking = StrategyRanking.Rank(Barriers.Select(b => b.Name), table.Rows);
        return Page();
    }
}
