using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Diaries;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Diaries;

/// <summary>The patient's chart of one diary over the last 14 or 28 days, with the table behind it.</summary>
public abstract class DiaryChartPage(DiaryKind kind, string objectType, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    public int Period => DiaryData.Period(Days);

    public DiaryData Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        Data = await DiaryData.LoadAsync(db, patient.Id, today.AddDays(1 - Period), today, new HashSet<DiaryKind> { kind }, ct);
        audit.Record(viewer, patient, AuditAction.Read, objectType);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
