using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;
using Tandem.Web.Content;
using Tandem.Web.Data;

namespace Tandem.Web.Measurement;

/// <summary>
/// Materialises a patient's measurement schedule (<see cref="MeasurementSchedule"/>) into requests, on read like
/// <see cref="Enrolment.Refresh"/>: the patient's pages, the therapist's schedule page and the reminder job call it, so
/// no request depends on a background job having run. Idempotent, and safe when two requests plan at once (a unique
/// key refuses the second copy).
/// </summary>
public sealed class MeasurementPlanner(
    AppDbContext db, ProgrammeCatalog programmes, InstrumentCatalog instruments, InstrumentWordings wordings, TimeProvider clock)
{
    /// <summary>
    /// Creates and saves the requests the patient's schedules ask for now. Call it before making other changes in the
    /// request: it saves at once, so the patient's pages can read the open requests from the table.
    /// </summary>
    public async Task<int> RefreshAsync(Patient patient, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var enrolments = await db.Enrolments.Include("_modules").Where(e => e.PatientId == patient.Id).ToListAsync(ct);
        return await PlanAsync(patient.OrganisationId, enrolments, ct);
    }

    /// <summary>
    /// For the reminder job: plans the enrolments where something may have changed since they were last planned (none
    /// planned yet, a module the schedule waits for completed, the last module completed, or the treatment ended).
    /// </summary>
    public async Task<int> RefreshChangedAsync(int batchSize, CancellationToken ct)
    {
        var scheduled = programmes.All.Where(p => p.Measurement.Count > 0).ToList();
        List<string> programmeIds = [.. scheduled.Select(p => p.Id)];
        List<string> triggers = [.. scheduled.SelectMany(p => p.Measurement).Select(o => o.AfterModule).OfType<string>().Distinct()];
        var candidates = await (
                from e in db.Enrolments
                join p in db.Patients on e.PatientId equals p.Id
                where p.Status == PatientStatus.Active && programmeIds.Contains(e.ProgrammeId)
                let planned = db.MeasurementRequests.Where(r => r.EnrolmentId == e.Id).Max(r => (DateTimeOffset?)r.RequestedAt)
                where planned == null
                    || e.EndedAt > planned
                    || db.PlannedModules.Any(m => m.EnrolmentId == e.Id && m.CompletedAt > planned
                        && (triggers.Contains(m.StepId) || triggers.Contains(m.ModuleId!)
                            || !db.PlannedModules.Any(o => o.EnrolmentId == e.Id && !o.Hidden && o.Status != ModuleStatus.Skipped && o.Status != ModuleStatus.Completed)))
                orderby e.EnrolledAt
                select new { e.Id, p.OrganisationId })
            .Take(batchSize)
            .ToListAsync(ct);
        var created = 0;
        foreach (var organisation in candidates.GroupBy(c => c.OrganisationId))
        {
            List<Guid> ids = [.. organisation.Select(c => c.Id)];
            var enrolments = await db.Enrolments.Include("_modules").Where(e => ids.Contains(e.Id)).ToListAsync(ct);
            created += await PlanAsync(organisation.Key, enrolments, ct);
            db.ChangeTracker.Clear();
        }

        return created;
    }

    /// <summary>The instruments of this list the organisation can ask (a wording is shipped or imported).</summary>
    public async Task<IReadOnlySet<string>> UsableAsync(Guid organisationId, IEnumerable<string> instrumentIds, CancellationToken ct)
    {
        var usable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in instrumentIds.Distinct())
        {
            if (instruments.Find(id) is { } instrument && await wordings.UsableAsync(instrument, organisationId, ct))
            {
                usable.Add(id);
            }
        }

        return usable;
    }

    private async Task<int> PlanAsync(Guid organisationId, List<Enrolment> enrolments, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<Guid> ids = [.. enrolments.Select(e => e.Id)];
        var existing = await db.MeasurementRequests.AsNoTracking().Where(r => r.EnrolmentId != null && ids.Contains(r.EnrolmentId.Value)).ToListAsync(ct);
        // A site may switch questionnaires off (site settings): its patients' schedules skip them.
        List<Guid> patientIds = [.. enrolments.Select(e => e.PatientId).Distinct()];
        var sites = await (
                from p in db.Patients
                where patientIds.Contains(p.Id)
                join s in db.Sites on p.SiteId equals s.Id
                select new { PatientId = p.Id, Site = s })
            .AsNoTracking()
            .ToDictionaryAsync(x => x.PatientId, x => x.Site, ct);
        var due = new List<MeasurementRequest>();
        foreach (var enrolment in enrolments)
        {
            if (programmes.Find(enrolment.ProgrammeId) is not { Measurement.Count: > 0 } programme)
            {
                continue;
            }

            var usable = await UsableAsync(organisationId, programme.Measurement.SelectMany(o => o.Instruments), ct);
            var site = sites.GetValueOrDefault(enrolment.PatientId);
            due.AddRange(MeasurementSchedule.Due(enrolment, programme.Measurement, existing, id => usable.Contains(id) && (site?.Asks(id) ?? true), now));
        }

        if (due.Count == 0)
        {
            return 0;
        }

        db.MeasurementRequests.AddRange(due);
        try
        {
            await db.SaveChangesAsync(ct);
            return due.Count;
        }
        catch (DbUpdateException)
        {
            // Planned at the same moment elsewhere: the unique key kept the other copy; ours is not needed.
            foreach (var request in due)
            {
                db.Entry(request).State = EntityState.Detached;
            }

            return 0;
        }
    }
}
