using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Domain.Accounts;
using Tandem.Web.Auth;

namespace Tandem.Web.Pages.Staff;

/// <summary>The staff start page: what this person can do, by role. Later issues add the worklist.</summary>
public sealed class StaffHomeModel : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<Role> Roles { get; private set; } = [];
    public bool SeesPatients { get; private set; }

    public void OnGet()
    {
        var viewer = User.AsViewer();
        DisplayName = User.FindFirst(TandemClaims.DisplayName)?.Value ?? "";
        Roles = [.. viewer.Roles.Order()];
        SeesPatients = viewer.Has(Role.Therapist) || viewer.Has(Role.Supervisor) || viewer.Has(Role.Manager);
    }
}
