using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Domain.Patients;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Guidance;

/// <summary>
/// A patient's thread as a page: the patient's own (<c>/Patient/Feedback</c>) and the staff view
/// (<c>/Staff/Thread/{patientId}</c>) differ only in how they find the patient and who may write.
/// </summary>
public abstract class ThreadPageModel(
    AppDbContext db, PatientThread thread, Drafts drafts, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    protected AppDbContext Db => db;

    public Patient Patient { get; private set; } = null!;
    public IReadOnlyList<ThreadEntry> Entries { get; private set; } = [];
    public bool MayWrite { get; private set; }
    public bool ViewerIsPatient { get; private set; }

    /// <summary>A therapist treating the patient: their active time here is registered.</summary>
    public bool TimeCounts => MayWrite && !ViewerIsPatient;

    [BindProperty]
    [StringLength(Message.MaxLength, ErrorMessage = "validation.too-long")]
    [Display(Name = "thread.message-label")]
    public string? Body { get; set; }

    public string ModuleTitle(string moduleId) => catalog.FindModule(moduleId)?.Title.For(UiLanguage.Current) ?? moduleId;

    /// <summary>The patient in the viewer's scope, or null (404).</summary>
    protected abstract Task<Patient?> FindAsync(Viewer viewer, Guid patientId, CancellationToken ct);

    protected async Task<IActionResult> ShowAsync(Guid patientId, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct))
        {
            return NotFound();
        }

        Body = await drafts.TextAsync(User.UserId(), Patient.Id, ct);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    protected async Task<IActionResult> SendAsync(Guid patientId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (await FindAsync(viewer, patientId, ct) is not { } patient)
        {
            return NotFound();
        }

        if (!Writes(viewer, patient))
        {
            return Forbid();
        }

        try
        {
            if (ModelState.IsValid)
            {
                await thread.WriteAsync(viewer, patient, Body, ct);
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["thread.sent"].Value;
                return RedirectToPage();
            }
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(Body), text[refused.Rule.Code]);
        }

        db.ChangeTracker.Clear();
        var typed = Body;
        await LoadAsync(patientId, ct);
        Body = typed;
        await db.SaveChangesAsync(ct);
        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    /// <summary>Autosave from wwwroot/js/autosave.js: keeps the unsent message, answered in JSON.</summary>
    protected async Task<IActionResult> SaveDraftAsync(Guid patientId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (await FindAsync(viewer, patientId, ct) is not { } patient)
        {
            return NotFound();
        }

        if (!Writes(viewer, patient))
        {
            return Forbid();
        }

        audit.Record(viewer, patient, AuditAction.Update, "Draft", patient.Id.ToString());
        return await DraftResponse.SaveAsync(db, drafts, viewer.UserId, patient.Id, Body, clock, text, ct);
    }

    private static bool Writes(Viewer viewer, Patient patient) =>
        viewer.UserId == patient.UserId || viewer.ActingRole(patient) == Domain.Accounts.Role.Therapist;

    private async Task<bool> LoadAsync(Guid patientId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (await FindAsync(viewer, patientId, ct) is not { } patient)
        {
            return false;
        }

        Patient = patient;
        ViewerIsPatient = viewer.UserId == patient.UserId;
        MayWrite = Writes(viewer, patient);
        Entries = await thread.OpenAsync(viewer, patient, ct);
        return true;
    }
}

/// <summary>The JSON answer of an autosaved draft, shared by the thread and the feedback editor.</summary>
public static class DraftResponse
{
    public static async Task<IActionResult> SaveAsync(
        AppDbContext db, Drafts drafts, Guid userId, Guid subjectId, string? body, TimeProvider clock, IStringLocalizer<Text> text, CancellationToken ct)
    {
        try
        {
            await drafts.SaveAsync(userId, subjectId, body, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainRuleException refused)
        {
            return new JsonResult(new { saved = false, errors = new[] { new { message = text[refused.Rule.Code].Value } } })
            {
                StatusCode = StatusCodes.Status422UnprocessableEntity,
            };
        }
        catch (DbUpdateException)
        {
            // Another tab saved the same draft at the same moment; the next keystroke saves again.
            return new JsonResult(new { saved = false }) { StatusCode = StatusCodes.Status409Conflict };
        }

        var at = ClinicTime.ToLocal(clock.GetUtcNow()).ToString("HH:mm", CultureInfo.InvariantCulture);
        return new JsonResult(new { saved = true, message = text["thread.draft-saved", at].Value });
    }
}
