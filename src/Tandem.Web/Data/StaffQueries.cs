using Tandem.Domain.Accounts;

namespace Tandem.Web.Data;

public static class StaffQueries
{
    /// <summary>The organisation's therapists with an account in use.</summary>
    public static IQueryable<AppUser> Therapists(this AppDbContext db, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var therapist = nameof(Role.Therapist);
        return from u in db.Users
               where u.OrganisationId == organisationId && u.DisabledAt == null
                   && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == therapist))
               select u;
    }

    /// <summary>The staff of a site with an account in use (anyone with a role other than patient).</summary>
    public static IQueryable<AppUser> StaffOf(this AppDbContext db, Guid siteId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var patient = nameof(Role.Patient);
        return from u in db.Users
               where u.SiteId == siteId && u.DisabledAt == null
                   && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name != patient))
               select u;
    }
}
