using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Reminders;

namespace Tandem.Web.Pages.Patient;

/// <summary>The patient chooses their own reminders: a daily diary prompt and one after some quiet days.</summary>
public sealed class RemindersModel(AppDbContext db, ReminderSettingsStore store, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public ReminderSettingsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        Input = ReminderSettingsInput.From(await store.ReadAsync(viewer, patient, ct));
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        if (Input.ToPreferences(ModelState, nameof(Input), text) is not { } preferences)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await store.SaveAsync(viewer, patient, preferences, ct);
        TempData[Flash.Info] = text["reminders.saved"].Value;
        return RedirectToPage();
    }
}
