using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Patient.Questionnaires;

/// <summary>The patient's own results: one chart with its table per scale that has a score.</summary>
public sealed class ResultsModel(AppDbContext db, AuditTrail audit, InstrumentCatalog catalog) : PageModel
{
    public IReadOnlyList<ScaleSeries> Series { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        Series = ScaleSeries.Of(catalog.All, await MeasurementHistory.LoadAsync(db, patient.Id, ct));
        audit.Record(viewer, patient, AuditAction.Read, nameof(InstrumentScore));
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
