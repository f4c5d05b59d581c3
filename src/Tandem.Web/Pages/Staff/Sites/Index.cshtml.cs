using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Organisations;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Staff.Sites;

/// <summary>The sites the viewer configures: all of the organisation for its administrator, their own for a manager.</summary>
public sealed class SitesModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.ConfiguresSites())
        {
            return Forbid();
        }

        Sites = await db.Sites.ConfiguredBy(viewer).AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        return Page();
    }
}
