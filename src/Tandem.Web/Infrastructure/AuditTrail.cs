using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Integration;
using Tandem.Domain.Patients;
using Tandem.Web.Data;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// Adds NEN 7513 entries to the current unit of work; the caller's SaveChanges writes them in the same
/// transaction as the data they describe. A read is logged before the page renders: no log line, no page.
/// </summary>
public sealed class AuditTrail(AppDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(Viewer viewer, Patient patient, AuditAction action, string objectType, string? objectId = null)
    {
        var role = viewer.ActingRole(patient)
            ?? throw new InvalidOperationException("An access outside the viewer's scope cannot be logged as allowed.");
        db.AuditEntries.Add(AuditEntry.Record(
            viewer, role, action, patient.Id, objectType, objectId ?? patient.Id.ToString(), AccessPoint(), clock.GetUtcNow()));
    }

    /// <summary>
    /// An access granted by the object rather than by the viewer's caseload: a covering therapist or an escalated
    /// supervisor who received an alert. Logged under the viewer's caseload role when they have one, else under
    /// <paramref name="grantedRole"/>.
    /// </summary>
    public void RecordGranted(Viewer viewer, Patient patient, Role grantedRole, AuditAction action, string objectType, string? objectId = null) =>
        db.AuditEntries.Add(AuditEntry.Record(
            viewer, viewer.ActingRole(patient) ?? grantedRole, action, patient.Id, objectType, objectId ?? patient.Id.ToString(), AccessPoint(), clock.GetUtcNow()));

    /// <summary>A list or search over several records: one entry for the query, no patient.</summary>
    public void RecordSearch(Viewer viewer, string objectType, string? criteria = null) =>
        db.AuditEntries.Add(AuditEntry.Record(
            viewer, viewer.PrimaryRole, AuditAction.Search, patientId: null, objectType, criteria, AccessPoint(), clock.GetUtcNow()));

    /// <summary>An action on the organisation's own records, about no patient: assessment rounds, plans, settings.</summary>
    public void RecordOrganisational(Viewer viewer, AuditAction action, string objectType, string? objectId) =>
        db.AuditEntries.Add(AuditEntry.Record(
            viewer, viewer.PrimaryRole, action, patientId: null, objectType, objectId, AccessPoint(), clock.GetUtcNow()));

    /// <summary>A write by someone without an account through a public form (no patient record exists yet).</summary>
    public void RecordPublic(Guid organisationId, AuditAction action, string objectType, string? objectId) =>
        db.AuditEntries.Add(AuditEntry.RecordPublic(organisationId, action, objectType, objectId, AccessPoint(), clock.GetUtcNow()));

    /// <summary>An API client's access to a patient's data (or, without a patient, a search that found none).</summary>
    public void RecordForClient(ApiClient client, AuditAction action, Guid? patientId, string objectType, string? objectId = null) =>
        db.AuditEntries.Add(AuditEntry.RecordForClient(client, action, patientId, objectType, objectId, AccessPoint(), clock.GetUtcNow()));

    private string AccessPoint() => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
