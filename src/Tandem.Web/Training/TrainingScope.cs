using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;

namespace Tandem.Web.Training;

/// <summary>
/// Whose training a person oversees: a supervisor the therapists of their team, a manager those of their site. Anyone
/// else oversees nobody (the query is empty); the survey's results are for supervisors, managers and implementation leads.
/// </summary>
public static class TrainingScope
{
    public static bool OverseesTraining(this Viewer viewer) =>
        viewer.MaySeeHealthData && ((viewer.Has(Role.Supervisor) && viewer.TeamId is not null) || (viewer.Has(Role.Manager) && viewer.SiteId is not null));

    public static bool SeesSurveyResults(this Viewer viewer) =>
        viewer.MaySeeHealthData && (viewer.Has(Role.Supervisor) || viewer.Has(Role.Manager) || viewer.Has(Role.ImplementationLead));

    public static IQueryable<AppUser> OverseenBy(this AppDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var teamId = viewer.Has(Role.Supervisor) && viewer.MaySeeHealthData ? viewer.TeamId : null;
        var siteId = viewer.Has(Role.Manager) && viewer.MaySeeHealthData ? viewer.SiteId : null;
        return teamId is null && siteId is null
            ? db.Users.Where(_ => false)
            : db.Therapists(viewer.OrganisationId).Where(u => (teamId != null && u.TeamId == teamId) || (siteId != null && u.SiteId == siteId));
    }
}
