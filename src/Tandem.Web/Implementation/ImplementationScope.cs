using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Implementation;
using Tandem.Domain.Organisations;
using Tandem.Web.Data;

namespace Tandem.Web.Implementation;

/// <summary>
/// What an implementation lead works on: the sites of their organisation, or only their own site when they have one,
/// and the rounds and plans of those sites. Anyone else leads nothing (their queries are empty).
/// </summary>
public static class ImplementationScope
{
    public static bool Leads(this Viewer viewer) => viewer.Has(Role.ImplementationLead) && viewer.MaySeeHealthData;

    public static IQueryable<Site> LedBy(this IQueryable<Site> sites, Viewer viewer) =>
        !viewer.Leads() ? sites.Where(_ => false)
        : viewer.SiteId is { } siteId ? sites.Where(s => s.Id == siteId && s.OrganisationId == viewer.OrganisationId)
        : sites.Where(s => s.OrganisationId == viewer.OrganisationId);

    public static IQueryable<TRound> LedBy<TRound>(this IQueryable<TRound> rounds, AppDbContext db, Viewer viewer)
        where TRound : SiteRound
    {
        var sites = SiteIds(db, viewer);
        return rounds.Where(r => sites.Contains(r.SiteId));
    }

    public static IQueryable<ImplementationPlan> LedBy(this IQueryable<ImplementationPlan> plans, AppDbContext db, Viewer viewer)
    {
        var sites = SiteIds(db, viewer);
        return plans.Where(p => sites.Contains(p.SiteId));
    }

    private static IQueryable<Guid> SiteIds(AppDbContext db, Viewer viewer) => db.Sites.LedBy(viewer).Select(s => s.Id);
}
