using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;
using Tandem.Web.Implementation;

namespace Tandem.Web.Reporting;

public enum UnitLevel
{
    Organisation,
    Site,
    Team,
    Therapist,
}

/// <summary>A unit the dashboard can show: the organisation, a site, a team or a therapist, with the unit it belongs to.</summary>
public sealed record ReportUnit(UnitLevel Level, Guid Id, string Name, Guid? ParentId)
{
    /// <summary>The unit's value in the address and the unit picker, e.g. "site:0193…".</summary>
    public string Key => $"{Level.ToString().ToLowerInvariant()}:{Id}";
}

/// <summary>
/// The units a viewer may see on the RE-AIM dashboard. Administrators and implementation leads see the organisation (or
/// a lead's own site), its sites and teams; managers their site with its teams and therapists; supervisors their team
/// with its therapists. Figures per therapist are for supervisors and managers only. Anyone else sees nothing.
/// </summary>
public sealed class DashboardScope
{
    private DashboardScope(IReadOnlyList<ReportUnit> units) => Units = units;

    /// <summary>Visible units, the widest first.</summary>
    public IReadOnlyList<ReportUnit> Units { get; }

    public bool IsEmpty => Units.Count == 0;

    public ReportUnit? Find(string? key) => string.IsNullOrEmpty(key) ? (Units.Count > 0 ? Units[0] : null) : Units.FirstOrDefault(u => u.Key == key);

    /// <summary>The units one level down that belong to <paramref name="unit"/>, for the breakdown table.</summary>
    public IReadOnlyList<ReportUnit> ChildrenOf(ReportUnit unit) => [.. Units.Where(u => u.ParentId == unit.Id && u.Level == unit.Level + 1)];

    public static async Task<DashboardScope> ForAsync(AppDbContext db, Viewer viewer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.MaySeeHealthData)
        {
            return new DashboardScope([]);
        }

        var organisationId = viewer.OrganisationId;
        var wide = viewer.Has(Role.OrgAdmin) || (viewer.Leads() && viewer.SiteId is null);
        var leadSite = viewer.Leads() ? viewer.SiteId : null;
        var managedSite = viewer.Has(Role.Manager) ? viewer.SiteId : null;
        var supervisedTeam = viewer.Has(Role.Supervisor) ? viewer.TeamId : null;

        var sites = await db.Sites.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && (wide || s.Id == leadSite || s.Id == managedSite))
            .OrderBy(s => s.Name).ToListAsync(ct);
        var siteIds = sites.Select(s => s.Id).ToList();
        var teams = await db.Teams.AsNoTracking()
            .Where(t => siteIds.Contains(t.SiteId) || t.Id == supervisedTeam)
            .OrderBy(t => t.Name).ToListAsync(ct);
        teams = [.. teams.Where(t => t.Id == supervisedTeam || siteIds.Contains(t.SiteId))];

        // Therapists: a manager's site and a supervisor's team only.
        var therapistTeams = teams.Where(t => t.SiteId == managedSite || t.Id == supervisedTeam).Select(t => t.Id).ToList();
        var therapists = therapistTeams.Count == 0 ? [] : await db.Therapists(organisationId)
            .Where(u => u.TeamId != null && therapistTeams.Contains(u.TeamId.Value))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, TeamId = u.TeamId!.Value })
            .ToListAsync(ct);

        List<ReportUnit> units = [];
        if (wide)
        {
            var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
            units.Add(new ReportUnit(UnitLevel.Organisation, organisationId, name, null));
        }

        units.AddRange(sites.Select(s => new ReportUnit(UnitLevel.Site, s.Id, s.Name, s.OrganisationId)));
        units.AddRange(teams.Select(t => new ReportUnit(UnitLevel.Team, t.Id, t.Name, t.SiteId)));
        units.AddRange(therapists.Select(t => new ReportUnit(UnitLevel.Therapist, t.Id, t.DisplayName, t.TeamId)));
        return new DashboardScope(units);
    }
}
