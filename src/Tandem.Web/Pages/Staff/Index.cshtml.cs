using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Domain.Accounts;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Guidance;

namespace Tandem.Web.Pages.Staff;

/// <summary>The staff start page: for a therapist the worklist, and what this person can do, by role.</summary>
public sealed class StaffHomeModel(Worklist worklist, AppDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<Role> Roles { get; private set; } = [];
    public bool SeesPatients { get; private set; }

    /// <summary>Null for staff without a caseload (the worklist is a therapist's).</summary>
    public WorklistView? Work { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        DisplayName = User.FindFirst(TandemClaims.DisplayName)?.Value ?? "";
        Roles = [.. viewer.Roles.Order()];
        SeesPatients = viewer.Has(Role.Therapist) || viewer.Has(Role.Supervisor) || viewer.Has(Role.Manager);
        if (Worklist.IsFor(viewer))
        {
            Work = await worklist.LoadAsync(viewer, ct);
            await db.SaveChangesAsync(ct);
        }
    }
}
