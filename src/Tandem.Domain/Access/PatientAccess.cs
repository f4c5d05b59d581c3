using System.Linq.Expressions;
using Tandem.Domain.Accounts;
using Tandem.Domain.Integration;
using Tandem.Domain.Patients;

namespace Tandem.Domain.Access;

/// <summary>
/// Which patient records a viewer may see. Every clinical query starts here; a record outside the
/// scope is simply not found. Administrators and implementation leads work with aggregates, not records.
/// </summary>
public static class PatientAccess
{
    public static IQueryable<Patient> VisibleTo(this IQueryable<Patient> patients, Viewer viewer) =>
        patients.Where(Rule(viewer));

    /// <summary>The viewer's caseload as a therapist: their own patients and those of colleagues they cover today.</summary>
    public static IQueryable<Patient> CaseloadOf(this IQueryable<Patient> patients, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var userId = viewer.UserId;
        var covered = viewer.CoveredTherapists.ToList();
        return !viewer.Has(Role.Therapist) ? patients.Where(_ => false)
            : covered.Count == 0 ? patients.VisibleTo(viewer).Where(p => p.TherapistId == userId)
            : patients.VisibleTo(viewer).Where(p => p.TherapistId == userId || covered.Contains(p.TherapistId));
    }

    /// <summary>An API client sees its own organisation's patients, and no one else's.</summary>
    public static IQueryable<Patient> VisibleTo(this IQueryable<Patient> patients, ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var organisationId = client.OrganisationId;
        return client.IsRevoked ? patients.Where(_ => false) : patients.Where(p => p.OrganisationId == organisationId);
    }

    /// <summary>
    /// The role under which the viewer sees this patient, for the audit log; null if they may not.
    /// Must agree with <see cref="VisibleTo(IQueryable{Patient}, Viewer)"/> (a unit test checks every combination).
    /// </summary>
    public static Role? ActingRole(this Viewer viewer, Patient patient)
    {
        if (!viewer.MaySeeHealthData || patient.OrganisationId != viewer.OrganisationId)
        {
            return null;
        }

        return viewer.Has(Role.Patient) && patient.UserId == viewer.UserId ? Role.Patient
            : viewer.Treats(patient.TherapistId) ? Role.Therapist
            : viewer.Has(Role.Supervisor) && patient.TeamId == viewer.TeamId ? Role.Supervisor
            : viewer.Has(Role.Manager) && patient.SiteId == viewer.SiteId ? Role.Manager
            : null;
    }

    private static Expression<Func<Patient, bool>> Rule(Viewer viewer)
    {
        if (!viewer.MaySeeHealthData)
        {
            return _ => false;
        }

        // Plain captured values, so EF turns each branch into a parameterised SQL condition.
        var userId = viewer.UserId;
        var organisationId = viewer.OrganisationId;
        var teamId = viewer.TeamId;
        var siteId = viewer.SiteId;
        var asPatient = viewer.Has(Role.Patient);
        var asTherapist = viewer.Has(Role.Therapist);
        var asSupervisor = viewer.Has(Role.Supervisor) && teamId is not null;
        var asManager = viewer.Has(Role.Manager) && siteId is not null;
        var covered = viewer.CoveredTherapists.ToList();
        var asCover = covered.Count > 0;

        return p => p.OrganisationId == organisationId
            && ((asPatient && p.UserId == userId)
                || (asTherapist && p.TherapistId == userId)
                || (asCover && covered.Contains(p.TherapistId))
                || (asSupervisor && p.TeamId == teamId)
                || (asManager && p.SiteId == siteId));
    }
}
