using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient;

/// <summary>
/// NEN 7513 §9: the patient's own chronological overview of who accessed their record, filterable by
/// period. Looking at it is itself logged.
/// </summary>
public sealed class AccessLogModel(AppDbContext db, AuditTrail audit, IStringLocalizer<Text> text) : PageModel
{
    public const int MaximumRows = 500;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AccessLogRow> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        if (From > To)
        {
            ModelState.AddModelError(nameof(To), text["accesslog.range"]);
            return Page();
        }

        Entries = await AccessLogQuery.ForPatient(db, patient.Id, From, To).Take(MaximumRows).ToListAsync(ct);
        audit.Record(viewer, patient, AuditAction.Read, "AccessLog");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
