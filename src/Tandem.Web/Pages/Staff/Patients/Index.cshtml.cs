using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Patients;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Patients;

/// <summary>
/// The patients this person may see: a therapist's caseload, a supervisor's team, a manager's site.
/// The list is one logged search; opening a record is a logged read.
/// </summary>
public sealed class PatientListModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public IReadOnlyList<Row> Patients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        Patients = await db.Patients.VisibleTo(viewer)
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new Row(p.Id, p.GivenName, p.FamilyName, p.Status, p.CreatedAt))
            .ToListAsync(ct);
        audit.RecordSearch(viewer, "PatientList", $"{Patients.Count} results");
        await db.SaveChangesAsync(ct);
    }

    public sealed record Row(Guid Id, string GivenName, string FamilyName, PatientStatus Status, DateTimeOffset CreatedAt);
}
