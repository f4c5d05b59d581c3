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

namespace Tandem.Web.Pages.Patient.Questionnaires;

/// <summary>Thanks after sending: the scores with their band, and a supportive word when an answer asks for care.</summary>
public sealed class DoneModel(AppDbContext db, AuditTrail audit, InstrumentCatalog catalog) : PageModel
{
    public Instrument Instrument { get; private set; } = null!;
    public IReadOnlyList<(Scale Scale, double Value, Band? Band)> Scores { get; private set; } = [];
    public bool Risk { get; private set; }
    public string Language { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid responseId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        var response = patient is null ? null : await db.InstrumentResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == responseId && r.PatientId == patient.Id, ct);
        var instrument = response is null ? null : catalog.Find(response.InstrumentId);
        if (patient is null || response is null || instrument is null)
        {
            return NotFound();
        }

        if (!response.IsSubmitted)
        {
            return RedirectToPage("/Patient/Questionnaires/Answer", new { responseId });
        }

        Instrument = instrument;
        Language = UiLanguage.Current;
        var scores = await db.InstrumentScores.AsNoTracking().Where(s => s.ResponseId == response.Id).ToListAsync(ct);
        Scores = [.. scores
            .Select(s => (Scale: instrument.FindScale(s.ScaleId), s.Value))
            .Where(s => s.Scale is not null)
            .Select(s => (s.Scale!, s.Value, s.Scale!.BandOf(s.Value)))];
        Risk = instrument.RisksIn(response.Answers).Count > 0;
        audit.Record(viewer, patient, AuditAction.Read, nameof(InstrumentResponse), response.Id.ToString());
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
