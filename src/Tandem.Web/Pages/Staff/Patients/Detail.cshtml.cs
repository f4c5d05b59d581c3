using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Patients;

/// <summary>One patient's record and who accessed it. Outside the viewer's scope it does not exist (404).</summary>
public sealed class PatientDetailModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public const int RecentAccesses = 20;

    public Domain.Patients.Patient Record { get; private set; } = null!;
    public string TherapistName { get; private set; } = "";
    public IReadOnlyList<AccessLogRow> AccessLog { get; private set; } = [];

    /// <summary>A supervisor of the patient's team may move them to another therapist.</summary>
    public bool MayReassign { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Record = patient;
        MayReassign = viewer.ActingRole(patient) == Domain.Accounts.Role.Supervisor;
        TherapistName = await db.Users.Where(u => u.Id == patient.TherapistId).Select(u => u.DisplayName).SingleAsync(ct);
        AccessLog = await AccessLogQuery.ForPatient(db, patient.Id, from: null, to: null).Take(RecentAccesses).ToListAsync(ct);
        audit.Record(viewer, patient, AuditAction.Read, "Patient");
        audit.Record(viewer, patient, AuditAction.Read, "AccessLog");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
