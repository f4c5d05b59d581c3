using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Patients;
using Tandem.Domain.Reminders;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Reminders;

/// <summary>Reads and writes a patient's reminder settings for the patient or their care team, audit-logged.</summary>
public sealed class ReminderSettingsStore(AppDbContext db, AuditTrail audit, TimeProvider clock, IOptions<ReminderOptions> options)
{
    public const string ObjectType = "ReminderSettings";

    /// <summary>The patient's settings (or the defaults); the read is logged, the caller saves.</summary>
    public async Task<ReminderPreferences> ReadAsync(Viewer viewer, Patient patient, CancellationToken ct)
    {
        var settings = await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(s => s.PatientId == patient.Id, ct);
        audit.Record(viewer, patient, AuditAction.Read, ObjectType);
        return settings?.Preferences ?? options.Value.Defaults;
    }

    public async Task SaveAsync(Viewer viewer, Patient patient, ReminderPreferences preferences, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = await db.ReminderSettings.SingleOrDefaultAsync(s => s.PatientId == patient.Id, ct);
        if (settings is null)
        {
            db.ReminderSettings.Add(new ReminderSettings(patient.Id, preferences, viewer.UserId, now));
            audit.Record(viewer, patient, AuditAction.Create, ObjectType);
        }
        else
        {
            settings.Change(preferences, viewer.UserId, now);
            audit.Record(viewer, patient, AuditAction.Update, ObjectType);
        }

        await db.SaveChangesAsync(ct);
    }
}
