using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Staff.Alerts;

/// <summary>One patient's alerts (open and acknowledged). Outside the viewer's scope, and not received by them: 404.</summary>
public sealed class AlertsPatientModel(AppDbContext db, AlertDesk desk, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public AcknowledgeInput Input { get; set; } = new();

    public Domain.Patients.Patient Record { get; private set; } = null!;

    /// <summary>Whether the viewer may open the patient's record (an alert recipient whose cover has ended sees only the alerts).</summary>
    public bool RecordVisible { get; private set; }

    public IReadOnlyList<AlertView> Alerts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken ct)
    {
        if (await AcknowledgeHandler.HandleAsync(this, desk, User.AsViewer(), Input, text, ct) is { } result)
        {
            return result;
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public AlertCard Card(AlertView alert) => new(alert, !ModelState.IsValid && Input.AlertId == alert.Id, Input.AlertId == alert.Id ? Input.Note : null);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (await desk.ForPatientAsync(viewer, id, ct) is not var (patient, alerts))
        {
            return false;
        }

        Record = patient;
        Alerts = alerts;
        RecordVisible = viewer.ActingRole(patient) is not null;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
