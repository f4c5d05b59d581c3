using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Programmes;
using Tandem.Domain.Treatment;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using ContentPage = Tandem.Domain.Programmes.Page;

namespace Tandem.Web.Pages.Patient;

/// <summary>
/// The patient's start page: what to do next, progress through the programme, new feedback, a diary to
/// keep, and the modules with their status. Kept to a few queries: it is the most visited page.
/// </summary>
public sealed class PatientHomeModel(AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock) : PageModel
{
    public string GivenName { get; private set; } = "";
    public string TherapistName { get; private set; } = "";
    public string SiteName { get; private set; } = "";
    public string Language { get; private set; } = "";
    public Programme? Programme { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public int UnseenFeedback { get; private set; }
    public int AwaitingFeedback { get; private set; }

    /// <summary>The module to continue and the page to resume at.</summary>
    public (Module Module, ContentPage Page, bool Started)? Next { get; private set; }

    /// <summary>Whether the page the patient is at asks them to keep a diary.</summary>
    public bool DiaryDue { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var found = await db.Patients.VisibleTo(viewer).AsNoTracking()
            .Where(p => p.UserId == viewer.UserId)
            .Select(p => new
            {
                Patient = p,
                Therapist = db.Users.Where(u => u.Id == p.TherapistId).Select(u => u.DisplayName).FirstOrDefault(),
                Site = db.Sites.Where(s => s.Id == p.SiteId).Select(s => s.Name).FirstOrDefault(),
                Unseen = db.Submissions.Count(s => s.PatientId == p.Id && s.Feedback != null && s.SeenByPatientAt == null),
                Awaiting = db.Submissions.Count(s => s.PatientId == p.Id && s.Feedback == null),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }

        var patient = found.Patient;
        GivenName = patient.GivenName;
        TherapistName = found.Therapist ?? "";
        SiteName = found.Site ?? "";
        UnseenFeedback = found.Unseen;
        AwaitingFeedback = found.Awaiting;
        Language = UiLanguage.Current;
        audit.Record(viewer, patient, AuditAction.Read, "PatientHome");

        Enrolment = await db.Enrolments.Include("_modules")
            .SingleOrDefaultAsync(e => e.PatientId == patient.Id && e.Status == EnrolmentStatus.Active, ct);
        Programme = Enrolment is null ? null : catalog.Find(Enrolment.ProgrammeId);
        if (Enrolment is not null && Programme is not null)
        {
            Enrolment.Refresh(clock.GetUtcNow());
            audit.Record(viewer, patient, AuditAction.Read, "TreatmentPlan", Enrolment.Id.ToString());
            if (Enrolment.Current is { ModuleId: { } currentId } current && Programme.FindModule(currentId) is { } module)
            {
                var page = module.Pages.FirstOrDefault(p => p.Id == current.LastPageId) ?? module.Pages[0];
                Next = (module, page, current.LastPageId is not null);
                DiaryDue = page.Blocks.OfType<DiaryPromptBlock>().Any();
            }
        }

        await db.SaveChangesAsync(ct);
        return Page();
    }

    public Module? ModuleOf(PlannedModule planned) => planned.ModuleId is { } id ? Programme?.FindModule(id) : null;
}
