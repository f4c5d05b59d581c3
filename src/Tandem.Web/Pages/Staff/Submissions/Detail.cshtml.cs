using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Domain.Programmes;
using Tandem.Domain.Work;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Guidance;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Submissions;

/// <summary>
/// What a patient sent at a feedback moment, as it was then, with the feedback editor beside it: the module's templates
/// and worked examples, tone guidance, the writer's and their team's snippets, placeholders filled for this patient and a
/// draft that survives a reload. The patient's therapist writes; a supervisor approves or returns a trainee's feedback;
/// others in scope read. Outside the viewer's scope the submission does not exist.
/// </summary>
public sealed class SubmissionDetailModel(
    AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, FeedbackGuide guide, Drafts drafts, PlaceholderValues placeholders,
    TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public Submission Submission { get; private set; } = null!;
    public Domain.Patients.Patient Patient { get; private set; } = null!;
    public Module? Module { get; private set; }
    public string Language { get; private set; } = "";
    public string? FeedbackByName { get; private set; }
    public ModuleFeedbackGuide Guide { get; private set; } = ModuleFeedbackGuide.None;
    public IReadOnlyList<TonePoint> Tone => guide.Tone;
    public IReadOnlyList<Snippet> Snippets { get; private set; } = [];

    /// <summary>Only the patient's own therapist (or their cover) answers; others in scope read.</summary>
    public bool MayAnswer { get; private set; }

    /// <summary>A therapist treating the patient: their active time here is registered.</summary>
    public bool TimeCounts { get; private set; }

    /// <summary>A supervisor of the patient's team decides on feedback that awaits approval.</summary>
    public bool MayReview { get; private set; }

    [BindProperty]
    [StringLength(Submission.MaxFeedbackLength, ErrorMessage = "validation.too-long")]
    [Display(Name = "submissions.feedback-field")]
    public string? Feedback { get; set; }

    [BindProperty]
    [StringLength(Submission.MaxReviewNoteLength, ErrorMessage = "validation.too-long")]
    [Display(Name = "review.note-label")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid submissionId, CancellationToken ct)
    {
        if (!await LoadAsync(submissionId, ct))
        {
            return NotFound();
        }

        Feedback = MayAnswer ? await drafts.TextAsync(User.UserId(), submissionId, ct) : MayReview ? Submission.Feedback : null;
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

        if (ModelState.IsValid)
        {
            var needsApproval = await db.Users.Where(u => u.Id == viewer.UserId).Select(u => u.FeedbackNeedsApproval).SingleAsync(ct);
            try
            {
                Submission.GiveFeedback(Feedback, viewer.UserId, needsApproval, clock.GetUtcNow());
                await drafts.DropAsync(viewer.UserId, submissionId, ct);
                audit.Record(viewer, Patient, AuditAction.Create, "Feedback", Submission.Id.ToString());
                if (await SavedFirstAsync(ct))
                {
                    TempData[Flash.Info] = text[needsApproval ? "submissions.feedback-to-review" : "submissions.feedback-sent"].Value;
                    return RedirectToPage("/Staff/Index");
                }

                return RedirectToPage(new { submissionId });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError(nameof(Feedback), text[refused.Rule.Code]);
            }
        }

        return await RefusedAsync(submissionId, ct);
    }

    /// <summary>Autosave from wwwroot/js/autosave.js: keeps the feedback being written, answered in JSON.</summary>
    public async Task<IActionResult> OnPostDraftAsync(Guid submissionId, CancellationToken ct)
    {
        if (!await LoadAsync(submissionId, ct, audited: false))
        {
            return NotFound();
        }

        if (!MayAnswer)
        {
            return Forbid();
        }

        audit.Record(User.AsViewer(), Patient, AuditAction.Update, "Draft", submissionId.ToString());
        return await DraftResponse.SaveAsync(db, drafts, User.UserId(), submissionId, Feedback, clock, text, ct);
    }

    /// <summary>Adds a template or snippet, filled in for this patient, to the text being written (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostInsertAsync(Guid submissionId, string? insert, CancellationToken ct)
    {
        if (!await LoadAsync(submissionId, ct))
        {
            return NotFound();
        }

        if (!MayAnswer)
        {
            return Forbid();
        }

        var piece = insert?.Split(':', 2) switch
        {
            ["template", var id] => Guide.Templates.FirstOrDefault(t => t.Id == id)?.Text.For(Language),
            ["snippet", var id] when Guid.TryParse(id, out var snippetId) => Snippets.FirstOrDefault(s => s.Id == snippetId)?.Text,
            _ => null,
        };
        if (piece is null)
        {
            return NotFound();
        }

        var filled = Placeholders.Fill(piece, await placeholders.ForAsync(Patient, CultureInfo.CurrentCulture, ct));
        ModelState.Clear();
        Feedback = string.IsNullOrWhiteSpace(Feedback) ? filled : Feedback.TrimEnd() + Environment.NewLine + Environment.NewLine + filled;
        try
        {
            await drafts.SaveAsync(User.UserId(), submissionId, Feedback, ct);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(Feedback), text[refused.Rule.Code]);
            return await RefusedAsync(submissionId, ct);
        }

        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid submissionId, CancellationToken ct)
    {
        if (!await LoadAsync(submissionId, ct))
        {
            return NotFound();
        }

        if (!MayReview)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var corrected = Feedback?.Trim() == Submission.Feedback ? null : Feedback;
                Submission.Approve(User.UserId(), corrected, clock.GetUtcNow());
                audit.Record(User.AsViewer(), Patient, AuditAction.Update, "Feedback", Submission.Id.ToString());
                if (await SavedFirstAsync(ct))
                {
                    TempData[Flash.Info] = text["review.approved"].Value;
                }

                return RedirectToPage("/Staff/Index");
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError(nameof(Feedback), text[refused.Rule.Code]);
            }
        }

        return await RefusedAsync(submissionId, ct);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid submissionId, CancellationToken ct)
    {
        if (!await LoadAsync(submissionId, ct))
        {
            return NotFound();
        }

        if (!MayReview)
        {
            return Forbid();
        }

        var writer = Submission.FeedbackByUserId!.Value;
        try
        {
            var returned = Submission.Return(Note);
            await drafts.SaveAsync(writer, submissionId, returned, ct); // the writer carries on from their own text
            audit.Record(User.AsViewer(), Patient, AuditAction.Update, "Feedback", Submission.Id.ToString());
            if (await SavedFirstAsync(ct))
            {
                TempData[Flash.Info] = text["review.returned"].Value;
            }

            return RedirectToPage("/Staff/Index");
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(Note), text[refused.Rule.Code]);
            return await RefusedAsync(submissionId, ct);
        }
    }

    /// <summary>Saves; false (with a message) when someone else acted on the submission first.</summary>
    private async Task<bool> SavedFirstAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData[Flash.Error] = text["submissions.changed-meanwhile"].Value;
            return false;
        }
    }

    /// <summary>The page again with the refusal and the typed text kept.</summary>
    private async Task<IActionResult> RefusedAsync(Guid submissionId, CancellationToken ct)
    {
        var (typed, note) = (Feedback, Note);
        db.ChangeTracker.Clear();
        await LoadAsync(submissionId, ct);
        (Feedback, Note) = (typed, note);
        await db.SaveChangesAsync(ct);
        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    private async Task<bool> LoadAsync(Guid submissionId, CancellationToken ct, bool audited = true)
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
        var role = viewer.ActingRole(Patient);
        MayAnswer = role == Role.Therapist && Submission.AwaitsFeedback;
        MayReview = role == Role.Supervisor && Submission.AwaitsApproval;
        TimeCounts = role == Role.Therapist;
        if (MayAnswer)
        {
            Guide = guide.For(Submission.ModuleId);
            Snippets = await db.Snippets
                .Where(s => s.OwnerUserId == viewer.UserId || (viewer.TeamId != null && s.TeamId == viewer.TeamId))
                .OrderBy(s => s.TeamId != null).ThenBy(s => s.Title)
                .ToListAsync(ct);
        }

        if (Submission.FeedbackByUserId is { } by)
        {
            FeedbackByName = await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        }

        if (audited)
        {
            audit.Record(viewer, Patient, AuditAction.Read, nameof(Submission), Submission.Id.ToString());
        }

        return true;
    }
}
