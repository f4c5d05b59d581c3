using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Programmes;
using Tandem.Domain.Work;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Submissions;

/// <summary>
/// What a patient sent at a feedback moment, as it was then. The patient's therapist writes the feedback;
/// a supervisor or manager in scope may read. Outside the viewer's scope the submission does not exist.
/// </summary>
public sealed class SubmissionDetailModel(
    AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public Submission Submission { get; private set; } = null!;
    public Domain.Patients.Patient Patient { get; private set; } = null!;
    public Module? Module { get; private set; }
    public string Language { get; private set; } = "";
    public string? FeedbackByName { get; private set; }

    /// <summary>Only the patient's own therapist answers; others in scope read.</summary>
    public bool MayAnswer { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(Submission.MaxFeedbackLength, ErrorMessage = "validation.too-long")]
    [Display(Name = "submissions.feedback-field")]
    public string? Feedback { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid submissionId, CancellationToken ct)
    {
        if (!await LoadAsync(submissionId, ct))
        {
            return NotFound();
        }

        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid submissionId, CancellationToken ct)
    {
        if (!await LoadAsync(submissionId, ct))
        {
            return NotFound();
        }

        var viewer = User.AsViewer();
        if (viewer.ActingRole(Patient) != Role.Therapist)
        {
            return Forbid();
        }

        if (!Submission.AwaitsFeedback)
        {
            TempData[Flash.Error] = text[WorkRules.FeedbackGiven.Code].Value; // a second click or a stale tab
            return RedirectToPage(new { submissionId });
        }

        if (!ModelState.IsValid)
        {
            await db.SaveChangesAsync(ct);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        var needsApproval = await db.Users.Where(u => u.Id == viewer.UserId).Select(u => u.FeedbackNeedsApproval).SingleAsync(ct);
        Submission.GiveFeedback(Feedback, viewer.UserId, needsApproval, clock.GetUtcNow());
        audit.Record(viewer, Patient, AuditAction.Create, "Feedback", Submission.Id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["submissions.feedback-sent"].Value;
        return RedirectToPage("/Staff/Submissions/Index");
    }

    private async Task<bool> LoadAsync(Guid submissionId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var found = await db.Submissions
            .Where(s => s.Id == submissionId)
            .Join(db.Patients.VisibleTo(viewer), s => s.PatientId, p => p.Id, (s, p) => new { Submission = s, Patient = p })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        Submission = found.Submission;
        Patient = found.Patient;
        Language = UiLanguage.Current;
        Module = catalog.FindModule(Submission.ModuleId);
        MayAnswer = viewer.ActingRole(Patient) == Role.Therapist && Submission.AwaitsFeedback;
        if (Submission.FeedbackByUserId is { } by)
        {
            FeedbackByName = await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        }

        audit.Record(viewer, Patient, AuditAction.Read, nameof(Submission), Submission.Id.ToString());
        return true;
    }
}
