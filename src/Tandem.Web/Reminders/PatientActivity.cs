using Tandem.Domain.Patients;
using Tandem.Web.Data;

namespace Tandem.Web.Reminders;

/// <summary>A patient and the last moment they did something in Tandem, if ever.</summary>
public sealed class PatientLastActivity
{
    public Guid PatientId { get; init; }
    public DateTimeOffset? At { get; init; }
}

/// <summary>
/// What counts as activity for the inactivity reminder: the patient's last request in any session
/// (UserSessions.LastSeenAt, kept to within a minute), or the account's activation. Reading a module, an
/// autosave, a diary entry and sending work are all requests, so they count without a query of their own.
/// </summary>
public static class PatientActivity
{
    public static IQueryable<PatientLastActivity> Of(AppDbContext db, IQueryable<Patient> patients) =>
        patients.Select(p => new PatientLastActivity
        {
            PatientId = p.Id,
            At = db.UserSessions.Where(s => s.UserId == p.UserId).Max(s => (DateTimeOffset?)s.LastSeenAt) ?? p.ActivatedAt,
        });
}
