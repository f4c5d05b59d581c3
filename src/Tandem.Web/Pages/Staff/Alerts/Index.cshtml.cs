using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Staff.Alerts;

/// <summary>The viewer's alerts: open ones to acknowledge, and the trail of acknowledged ones.</summary>
public sealed class AlertsIndexModel(AppDbContext db, AlertDesk desk, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public AcknowledgeInput Input { get; set; } = new();

    public IReadOnlyList<AlertView> Open { get; private set; } = [];

    public IReadOnlyList<AlertView> Acknowledged { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct)
    {
        if (await AcknowledgeHandler.HandleAsync(this, desk, User.AsViewer(), Input, text, ct) is { } result)
        {
            return result;
        }

        await LoadAsync(ct);
        return Page();
    }

    public AlertCard Card(AlertView alert) => new(alert, !ModelState.IsValid && Input.AlertId == alert.Id, Input.AlertId == alert.Id ? Input.Note : null);

    private async Task LoadAsync(CancellationToken ct)
    {
        (Open, Acknowledged) = await desk.MineAsync(User.AsViewer(), ct);
        await db.SaveChangesAsync(ct);
    }
}
