using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Web.Data;

namespace Tandem.Web.Infrastructure;

/// <summary>One line of a record's access overview, with the person's name instead of their id.</summary>
public sealed record AccessLogRow(DateTimeOffset At, string Who, Role Role, AuditAction Action, string ObjectType);

/// <summary>One line of an employee's activity, for the organisation's log manager (NEN 7513 §8).</summary>
public sealed record EmployeeActivityRow(DateTimeOffset At, Role Role, AuditAction Action, string ObjectType, Guid? PatientId, string AccessPoint);

/// <summary>Audit-log reads, newest first; days are calendar days in the clinic's time zone, both ends included.</summary>
public static class AccessLogQuery
{
    public static IQueryable<AccessLogRow> ForPatient(AppDbContext db, Guid patientId, DateOnly? from, DateOnly? to) =>
        InPeriod(db.AuditEntries.Where(e => e.PatientId == patientId), from, to)
            .Select(e => new AccessLogRow(
                e.At,
                e.ApiClientId != null // fhir: a system acting through an API client, named as such
                    ? db.ApiClients.Where(c => c.Id == e.ApiClientId).Select(c => c.Name + " (API)").FirstOrDefault() ?? ""
                    : db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                e.Role, e.Action, e.ObjectType));

    public static IQueryable<EmployeeActivityRow> ForEmployee(AppDbContext db, Guid organisationId, Guid userId, DateOnly? from, DateOnly? to) =>
        InPeriod(db.AuditEntries.Where(e => e.OrganisationId == organisationId && e.UserId == userId), from, to)
            .Select(e => new EmployeeActivityRow(e.At, e.Role, e.Action, e.ObjectType, e.PatientId, e.AccessPoint));

    private static IQueryable<AuditEntry> InPeriod(IQueryable<AuditEntry> entries, DateOnly? from, DateOnly? to)
    {
        if (from is { } start)
        {
            var since = ClinicTime.StartOfDay(start);
            entries = entries.Where(e => e.At >= since);
        }

        if (to is { } end)
        {
            var before = ClinicTime.StartOfDay(end.AddDays(1));
            entries = entries.Where(e => e.At < before);
        }

        return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
    }
}
