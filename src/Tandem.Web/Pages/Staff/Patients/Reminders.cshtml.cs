using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Domain.Reminders;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Reminders;

namespace Tandem.Web.Pages.Staff.Patients;

/// <summary>The care team sets a patient's reminders with them, and sees when reminders went out.</summary>
public sealed class PatientRemindersModel(AppDbContext db, ReminderSettingsStore store, IStringLocalizer<Text> text) : PageModel
{
    public const int RecentReminders = 10;

    [BindProperty]
    public ReminderSettingsInput Input { get; set; } = new();

    public Domain.Patients.Patient Record { get; private set; } = null!;

    public IReadOnlyList<ReminderJob> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (await FindAsync(viewer, id, ct) is not { } patient)
        {
            return NotFound();
        }

        Input = ReminderSettingsInput.From(await store.ReadAsync(viewer, patient, ct));
        await LoadRecentAsync(patient.Id, ct);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (await FindAsync(viewer, id, ct) is not { } patient)
        {
            return NotFound();
        }

        if (Input.ToPreferences(ModelState, nameof(Input), text) is not { } preferences)
        {
            await LoadRecentAsync(patient.Id, ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await store.SaveAsync(viewer, patient, preferences, ct);
        TempData[Flash.Info] = text["reminders.saved"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<Domain.Patients.Patient?> FindAsync(Viewer viewer, Guid id, CancellationToken ct)
    {
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (patient is not null)
        {
            Record = patient;
        }

        return patient;
    }

    private async Task LoadRecentAsync(Guid patientId, CancellationToken ct) =>
        Recent = await db.ReminderJobs.AsNoTracking()
            .Where(j => j.PatientId == patientId)
            .OrderByDescending(j => j.LocalDay).ThenByDescending(j => j.Id)
            .Take(RecentReminders)
            .ToListAsync(ct);
}
