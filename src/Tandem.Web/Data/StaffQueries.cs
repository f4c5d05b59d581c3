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
}
