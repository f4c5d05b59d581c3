using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Web.Data;

namespace Tandem.Web.Measurement;

/// <summary>Who receives an alert: at once the treating therapist and whoever covers for them; on escalation the supervisors.</summary>
public static class AlertRouting
{
    public static async Task<IReadOnlyList<(Guid UserId, AlertReason Reason)>> AtOnceAsync(AppDbContext db, Patient patient, DateTimeOffset now, CancellationToken ct)
    {
        var today = ClinicCalendar.DateOf(now);
        var covers = await db.CoverPeriods
            .Where(c => c.OrganisationId == patient.OrganisationId && c.TherapistId == patient.TherapistId && c.From <= today && c.Until >= today)
            .Where(c => db.Users.Any(u => u.Id == c.CoveringTherapistId && u.DisabledAt == null))
            .Select(c => c.CoveringTherapistId)
            .Distinct()
            .ToListAsync(ct);
        return [(patient.TherapistId, AlertReason.Therapist), .. covers.Where(c => c != patient.TherapistId).Select(c => (c, AlertReason.Cover))];
    }

    /// <summary>Active supervisors of the patient's team, and supervisors of the patient's site who belong to no team.</summary>
    public static Task<List<Guid>> SupervisorsAsync(AppDbContext db, Patient patient, CancellationToken ct)
    {
        var supervisor = nameof(Role.Supervisor);
        return (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == supervisor
                    && u.OrganisationId == patient.OrganisationId
                    && u.DisabledAt == null
                    && (u.TeamId == patient.TeamId || (u.TeamId == null && u.SiteId == patient.SiteId))
                select u.Id)
            .Distinct()
            .ToListAsync(ct);
    }
}
