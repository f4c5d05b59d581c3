using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Work;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient;

/// <summary>The work the patient sent and their therapist's feedback on it; opening this page marks new feedback as read.</summary>
public sealed class PatientFeedbackModel(AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock) : PageModel
{
    public string Language { get; private set; } = "";
    public IReadOnlyList<SentWork> Sent { get; private set; } = [];

    public sealed record SentWork(Submission Submission, string ModuleTitle, string? TherapistName, bool IsNew);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.UserId == viewer.UserId, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Language = UiLanguage.Current;
        var programmeId = await db.Enrolments.Where(e => e.PatientId == patient.Id).OrderByDescending(e => e.EnrolledAt).Select(e => e.ProgrammeId).FirstOrDefaultAsync(ct);
        var programme = programmeId is null ? null : catalog.Find(programmeId);
        var rows = await db.Submissions
            .Where(s => s.PatientId == patient.Id)
            .OrderByDescending(s => s.SubmittedAt)
            .Select(s => new { Submission = s, Therapist = db.Users.Where(u => u.Id == s.FeedbackByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        Sent = [.. rows.Select(r => new SentWork(r.Submission, programme?.FindModule(r.Submission.ModuleId)?.Title.For(Language) ?? r.Submission.ModuleId, r.Therapist, r.Submission.HasUnseenFeedback))];
        foreach (var row in rows)
        {
            row.Submission.MarkSeen(now);
            audit.Record(viewer, patient, AuditAction.Read, nameof(Submission), row.Submission.Id.ToString());
        }

        await db.SaveChangesAsync(ct);
        return Page();
    }
}
