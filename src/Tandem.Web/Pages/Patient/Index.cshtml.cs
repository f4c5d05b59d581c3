using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Programmes;
using Tandem.Domain.Treatment;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;
using ContentPage = Tandem.Domain.Programmes.Page;

namespace Tandem.Web.Pages.Patient;

/// <summary>
/// The patient's start page: what to do next, progress through the programme, new feedback, a diary to
/// keep, and the modules with their status. Kept to a few queries: it is the most visited page.
/// </summary>
public sealed class PatientHomeModel(AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog, MeasurementPlanner planner, TimeProvider clock) : PageModel
{
    public string GivenName { get; private set; } = "";
    public string TherapistName { get; private set; } = "";
    public string SiteName { get; private set; } = "";
    public string Language { get; private set; } = "";
    public Programme? Programme { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public int UnseenFeedback { get; private set; }
    public int UnreadMessages { get; private set; }
    public int AwaitingFeedback { get; private set; }

    /// <summary>The module to continue and the page to resume at.</summary>
    public (Module Module, ContentPage Page, bool Started)? Next { get; private set; }

    /// <summary>Whether a diary the programme has asked for so far still lacks today's entry.</summary>
    public bool DiaryDue { get; private set; }

    /// <summary>Questionnaires asked of the patient now (open or overdue).</summary>
    public int QuestionnairesDue { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.UserId == viewer.UserId, ct);
        if (patient is null)
        {
            return NotFound();
        }

        await planner.RefreshAsync(patient, ct);
        var found = await db.Patients.AsNoTracking()
            .Where(p => p.Id == patient.Id)
            .Select(p => new
            {
                Therapist = db.Users.Where(u => u.Id == p.TherapistId).Select(u => u.DisplayName).FirstOrDefault(),
                Site = db.Sites.Where(s => s.Id == p.SiteId).Select(s => s.Name).FirstOrDefault(),
                Unseen = db.Submissions.Count(s => s.PatientId == p.Id && s.FeedbackReleasedAt != null && s.SeenByPatientAt == null),
                Awaiting = db.Submissions.Count(s => s.PatientId == p.Id && s.FeedbackReleasedAt == null),
                UnreadMessages = db.Messages.Count(m => m.PatientId == p.Id && !m.FromPatient && m.ReadAt == null),
                SleepToday = db.SleepWakeEntries.Any(e => e.PatientId == p.Id && e.Day == today),
                ActivityToday = db.ActivityEntries.Any(e => e.PatientId == p.Id && e.Day == today),
                SymptomsToday = db.SymptomEntries.Any(e => e.PatientId == p.Id && e.Day == today),
                QuestionnairesDue = db.MeasurementRequests.Count(r => r.PatientId == p.Id && r.CompletedAt == null && r.CancelledAt == null && r.DueFrom <= today),
            })
            .SingleAsync(ct);
        GivenName = patient.GivenName;
        TherapistName = found.Therapist ?? "";
        SiteName = found.Site ?? "";
        UnseenFeedback = found.Unseen;
        UnreadMessages = found.UnreadMessages;
        AwaitingFeedback = found.Awaiting;
        QuestionnairesDue = found.QuestionnairesDue;
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
            }

            var keptToday = new Dictionary<DiaryType, bool>
            {
                [DiaryType.SleepWake] = found.SleepToday,
                [DiaryType.Activity] = found.ActivityToday,
                [DiaryType.PainFatigue] = found.SymptomsToday,
            };
            DiaryDue = PromptedDiaries(Enrolment, Programme).Any(diary => !keptToday[diary]);
        }

        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>The diaries asked for by the modules the patient has opened so far.</summary>
    private static IEnumerable<DiaryType> PromptedDiaries(Enrolment enrolment, Programme programme) =>
        enrolment.Path
            .Where(m => m.Status is ModuleStatus.Open or ModuleStatus.Completed && m.ModuleId is not null)
            .Select(m => programme.FindModule(m.ModuleId!))
            .OfType<Module>()
            .SelectMany(m => m.Pages.SelectMany(p => p.Blocks.OfType<DiaryPromptBlock>()))
            .Select(b => b.Diary)
            .Distinct();

    public Module? ModuleOf(PlannedModule planned) => planned.ModuleId is { } id ? Programme?.FindModule(id) : null;
}
