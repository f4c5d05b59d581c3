using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;
using Tandem.Domain.Outreach;

namespace Tandem.Web.Outreach;

/// <summary>
/// Who configures which sites (the organisation administrator every site of the organisation, a manager their own
/// site) and who works a site's intake queue (its therapists, supervisors and managers). Outside: not found.
/// </summary>
public static class OutreachScope
{
    public static bool ConfiguresSites(this Viewer viewer) =>
        viewer.MaySeeHealthData && (viewer.Has(Role.OrgAdmin) || (viewer.Has(Role.Manager) && viewer.SiteId is not null));

    public static IQueryable<Site> ConfiguredBy(this IQueryable<Site> sites, Viewer viewer)
    {
        var organisationId = viewer.OrganisationId;
        return !viewer.ConfiguresSites() ? sites.Where(_ => false)
            : viewer.Has(Role.OrgAdmin) ? sites.Where(s => s.OrganisationId == organisationId)
            : sites.Where(s => s.OrganisationId == organisationId && s.Id == viewer.SiteId);
    }

    public static bool WorksIntake(this Viewer viewer) =>
        viewer.MaySeeHealthData && viewer.SiteId is not null
        && (viewer.Has(Role.Therapist) || viewer.Has(Role.Supervisor) || viewer.Has(Role.Manager));

    public static IQueryable<Referral> InIntakeOf(this IQueryable<Referral> referrals, Viewer viewer)
    {
        var organisationId = viewer.OrganisationId;
        var siteId = viewer.SiteId;
        return viewer.WorksIntake() ? referrals.Where(r => r.OrganisationId == organisationId && r.SiteId == siteId) : referrals.Where(_ => false);
    }
}
