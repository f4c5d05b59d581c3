using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Guidance;
using Tandem.Domain.Patients;
using Tandem.Web.Data;

namespace Tandem.Web.Guidance;

/// <summary>A therapist's time per patient per day: heartbeats of active pages and manual entries.</summary>
public sealed class TimeRegister(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Adds one heartbeat's active seconds to today's automatic row, at once and outside the caller's unit of work: at
    /// most one interval, and never more than the time since the last counted heartbeat, so several tabs or repeated
    /// requests cannot add up to more than the time that passed. A conditional update settles concurrent beats.
    /// Returns the seconds counted.
    /// </summary>
    public async Task<int> BeatAsync(Viewer viewer, Patient patient, int reportedSeconds, CancellationToken ct)
    {
        var credit = TimeRules.Credit(reportedSeconds);
        if (credit == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var day = ClinicCalendar.DateOf(now);
        var row = await db.TimeEntries
            .Where(e => e.TherapistId == viewer.UserId && e.PatientId == patient.Id && e.Day == day && e.Kind == TimeKind.Online)
            .Select(e => new { e.Id, e.LastBeatAt })
            .SingleOrDefaultAsync(ct);
        if (row is not null)
        {
            credit = Math.Min(credit, (int)Math.Floor((now - row.LastBeatAt).TotalSeconds));
            var counted = credit > 0 && await db.TimeEntries.Where(e => e.Id == row.Id && e.LastBeatAt == row.LastBeatAt)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Seconds, e => e.Seconds + credit).SetProperty(e => e.LastBeatAt, now), ct) > 0;
            return counted ? credit : 0;
        }

        db.TimeEntries.Add(TimeEntry.Automatic(viewer.OrganisationId, viewer.UserId, patient.Id, credit, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return credit;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return 0; // a concurrent first beat of the day inserted the row
        }
    }
}
