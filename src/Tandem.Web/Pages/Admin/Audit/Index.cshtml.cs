using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Admin.Audit;

/// <summary>
/// The log manager's view (NEN 7513): everything one employee did in a period, e.g. to answer a
/// patient's question or investigate a suspected breach. Patients appear by record number only.
/// Reading the log is itself logged.
/// </summary>
public sealed class EmployeeActivityModel(AppDbContext db, AuditTrail audit, IStringLocalizer<Text> text) : PageModel
{
    public const int MaximumRows = 1000;

    [BindProperty(SupportsGet = true)]
    public Guid? Employee { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<SelectListItem> Employees { get; private set; } = [];
    public IReadOnlyList<EmployeeActivityRow> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var staff = await db.Users
            .Where(u => u.OrganisationId == viewer.OrganisationId)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name != "Patient")))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(ct);
        // Guids are formatted here, not in SQL: providers disagree on their text form.
        Employees = [.. staff.Select(u => new SelectListItem(u.DisplayName, u.Id.ToString()))];
        if (Employee is not { } employee)
        {
            return Page();
        }

        if (staff.All(u => u.Id != employee))
        {
            return NotFound();
        }

        if (From > To)
        {
            ModelState.AddModelError(nameof(To), text["accesslog.range"]);
            return Page();
        }

        Entries = await AccessLogQuery.ForEmployee(db, viewer.OrganisationId, employee, From, To).Take(MaximumRows).ToListAsync(ct);
        audit.RecordSearch(viewer, "AuditLog", $"employee {employee}");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
