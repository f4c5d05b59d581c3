using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Staff.Measurements;

/// <summary>
/// A patient's questionnaire results for staff who may see the patient (read-only): per scale the chart and table,
/// first against latest score with the reliable change index, and the patient's requests with their status.
/// </summary>
public sealed class StaffMeasurementsModel(AppDbContext db, AuditTrail audit, TimeProvider clock, InstrumentCatalog catalog) : PageModel
{
    public Domain.Patients.Patient Record { get; private set; } = null!;
    public IReadOnlyList<ScaleSeries> Series { get; private set; } = [];
    public IReadOnlyList<(MeasurementRequest Request, RequestStatus Status)> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid patientId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Record = patient;
        Series = ScaleSeries.Of(catalog.All, await MeasurementHistory.LoadAsync(db, patient.Id, ct));
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        Requests = [.. (await db.MeasurementRequests.AsNoTracking().Where(r => r.PatientId == patient.Id).ToListAsync(ct))
            .OrderByDescending(r => r.DueFrom)
            .Select(r => (r, r.StatusOn(today)))];
        audit.Record(viewer, patient, AuditAction.Read, nameof(InstrumentScore));
        audit.Record(viewer, patient, AuditAction.Read, nameof(MeasurementRequest));
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public string InstrumentName(string instrumentId) => catalog.Find(instrumentId)?.Name.For(UiLanguage.Current) ?? instrumentId;
}
