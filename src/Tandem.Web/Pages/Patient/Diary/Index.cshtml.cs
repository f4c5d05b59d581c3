using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Diaries;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Diaries;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient.Diary;

/// <summary>The three diaries: whether today is filled in, quick links, and the activity target with Tandem's proposal.</summary>
public sealed class DiaryIndexModel(AppDbContext db, AuditTrail audit, TimeProvider clock, GradedTarget rules) : PageModel
{
    public bool SleepToday { get; private set; }
    public bool ActivityToday { get; private set; }
    public bool SymptomsToday { get; private set; }
    public TargetStatus? Target { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        SleepToday = await db.SleepWakeEntries.AnyAsync(e => e.PatientId == patient.Id && e.Day == today, ct);
        ActivityToday = await db.ActivityEntries.AnyAsync(e => e.PatientId == patient.Id && e.Day == today, ct);
        SymptomsToday = await db.SymptomEntries.AnyAsync(e => e.PatientId == patient.Id && e.Day == today, ct);
        Target = await TargetStatus.LoadAsync(db, rules, patient.Id, today, ct);
        audit.Record(viewer, patient, AuditAction.Read, DiaryObjects.Overview);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
