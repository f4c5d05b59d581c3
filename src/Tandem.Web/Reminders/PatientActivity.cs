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
/// What counts as activity for the inactivity reminder. Today: the patient's last request in any session
/// (UserSessions.LastSeenAt, which covers signing in), or the account's activation. This is the one place to
/// add further sources, e.g. the latest diary or exercise save, as another correlated MAX in the same coalesce.
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
