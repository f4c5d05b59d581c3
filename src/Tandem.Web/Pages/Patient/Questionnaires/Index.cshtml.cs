using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Patient.Questionnaires;

/// <summary>
/// The questionnaires asked of the patient now (open or overdue), the ones to resume, and the ones sent before,
/// with a correction ("I made a mistake") for a few days after sending.
/// </summary>
public sealed class QuestionnairesModel(
    AppDbContext db, AuditTrail audit, TimeProvider clock, InstrumentCatalog catalog, InstrumentWordings wordings,
    CorrectionWindow correction, MeasurementPlanner planner, IStringLocalizer<Text> text) : PageModel
{
    public IReadOnlyList<(MeasurementRequest Request, RequestStatus Status, Instrument Instrument, InstrumentResponse? Started)> Asked { get; private set; } = [];
    public IReadOnlyList<(InstrumentResponse Response, Instrument Instrument)> InProgress { get; private set; } = [];
    public IReadOnlyList<(MeasuredResponse Measured, Instrument Instrument, bool MayCorrect)> History { get; private set; } = [];
    public string Language { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        await planner.RefreshAsync(patient, ct);
        Language = UiLanguage.Current;
        var now = clock.GetUtcNow();
        var today = ClinicCalendar.DateOf(now);
        var requests = await db.MeasurementRequests.AsNoTracking()
            .Where(r => r.PatientId == patient.Id && r.CompletedAt == null && r.CancelledAt == null && r.DueFrom <= today)
            .ToListAsync(ct);
        var open = await db.InstrumentResponses.AsNoTracking().Where(r => r.PatientId == patient.Id && r.SubmittedAt == null).ToListAsync(ct);
        Asked = [.. requests
            .Select(r => (Request: r, Status: r.StatusOn(today), Instrument: catalog.Find(r.InstrumentId), Started: open.FirstOrDefault(o => o.RequestId == r.Id)))
            .Where(r => r.Instrument is not null && r.Status is RequestStatus.Open or RequestStatus.Overdue)
            .OrderBy(r => r.Request.DueUntil)
            .Select(r => (r.Request, r.Status, r.Instrument!, r.Started))];
        var asked = Asked.Select(a => a.Request.Id).ToHashSet();
        InProgress = [.. open
            .Where(r => r.RequestId is not { } id || !asked.Contains(id))
            .Select(r => (Response: r, Instrument: catalog.Find(r.InstrumentId)))
            .Where(r => r.Instrument is not null)
            .OrderBy(r => r.Response.StartedAt)
            .Select(r => (r.Response, r.Instrument!))];
        var correcting = open.Where(r => r.CorrectsId is not null).Select(r => r.CorrectsId!.Value).ToHashSet();
        History = [.. (await MeasurementHistory.LoadAsync(db, patient.Id, ct))
            .Select(m => (Measured: m, Instrument: catalog.Find(m.Response.InstrumentId)))
            .Where(m => m.Instrument is not null)
            .Reverse()
            .Select(m => (m.Measured, m.Instrument!, correction.Allows(m.Measured.Response.SubmittedAt!.Value, now) && !correcting.Contains(m.Measured.Response.Id)))];

        audit.Record(viewer, patient, AuditAction.Read, nameof(MeasurementRequest));
        audit.Record(viewer, patient, AuditAction.Read, nameof(InstrumentResponse));
        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>Starts (or resumes) the questionnaire of an open or overdue request.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid requestId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var request = patient is null ? null : await db.MeasurementRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.PatientId == patient.Id, ct);
        if (patient is null || request is null || request.StatusOn(ClinicCalendar.DateOf(now)) is not (RequestStatus.Open or RequestStatus.Overdue))
        {
            return NotFound();
        }

        var started = await db.InstrumentResponses.AsNoTracking()
            .Where(r => r.PatientId == patient.Id && r.RequestId == request.Id && r.SubmittedAt == null)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(ct);
        if (started is { } existing)
        {
            return RedirectToPage("/Patient/Questionnaires/Answer", new { responseId = existing });
        }

        return await StartAsync(viewer, patient, request.InstrumentId, request.Id, null, null, ct);
    }

    /// <summary>"I made a mistake": a new response for a recently sent one, filled in with its answers.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(Guid responseId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        var original = patient is null ? null
            : await db.InstrumentResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == responseId && r.PatientId == patient.Id && r.SubmittedAt != null, ct);
        if (patient is null || original is null)
        {
            return NotFound();
        }

        var responses = await db.InstrumentResponses.AsNoTracking().Where(r => r.PatientId == patient.Id && r.CorrectsId == original.Id).ToListAsync(ct);
        if (responses.FirstOrDefault(r => !r.IsSubmitted) is { } resumed)
        {
            return RedirectToPage("/Patient/Questionnaires/Answer", new { responseId = resumed.Id });
        }

        if (responses.Count > 0 || !correction.Allows(original.SubmittedAt!.Value, clock.GetUtcNow()))
        {
            TempData[Flash.Error] = text["measurement.correction-closed"].Value;
            return RedirectToPage();
        }

        return await StartAsync(viewer, patient, original.InstrumentId, null, original, original.Answers, ct);
    }

    private async Task<IActionResult> StartAsync(
        Viewer viewer, Domain.Patients.Patient patient, string instrumentId, Guid? requestId, InstrumentResponse? corrects,
        IReadOnlyDictionary<string, int>? answers, CancellationToken ct)
    {
        var instrument = catalog.Find(instrumentId);
        var wording = instrument is null ? null : await wordings.FindAsync(instrument, patient.OrganisationId, UiLanguage.Current, ct);
        if (instrument is null || wording is not { Language: var language })
        {
            TempData[Flash.Error] = text["measurement.unavailable"].Value;
            return RedirectToPage();
        }

        var now = clock.GetUtcNow();
        var response = new InstrumentResponse(patient.Id, instrument, language, now, requestId, corrects?.Id);
        if (answers is not null && corrects?.InstrumentVersion == instrument.Version)
        {
            response.Save(instrument, answers, 0, now);
        }

        db.InstrumentResponses.Add(response);
        audit.Record(viewer, patient, AuditAction.Create, nameof(InstrumentResponse), response.Id.ToString());
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Patient/Questionnaires/Answer", new { responseId = response.Id });
    }
}
