using Tandem.Domain.Patients;
using Tandem.Web.Data;

namespace Tandem.Web.Reminders;

/// <summary>A patient and the last moment they did something in Tandem, if ever.</summary>
public sealed class PatientLastActivity
{
    public Guid PatientId { get; init; }

    /// <summary>The patient's row, for callers that show who it is (no second join on Patients).</summary>
    public Patient Patient { get; init; } = null!;

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
            Patient = p,
            At = db.UserSessions.Where(s => s.UserId == p.UserId).Max(s => (DateTimeOffset?)s.LastSeenAt) ?? p.ActivatedAt,
        });
}
