using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient;

/// <summary>The patient's start page. Later issues add the programme, feedback and diaries here.</summary>
public sealed class PatientHomeModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public string GivenName { get; private set; } = "";
    public string TherapistName { get; private set; } = "";
    public string SiteName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        GivenName = patient.GivenName;
        TherapistName = await db.Users.Where(u => u.Id == patient.TherapistId).Select(u => u.DisplayName).SingleAsync(ct);
        SiteName = await db.Sites.Where(s => s.Id == patient.SiteId).Select(s => s.Name).SingleAsync(ct);
        audit.Record(viewer, patient, AuditAction.Read, "PatientHome");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
