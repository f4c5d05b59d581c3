using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Organisations;
using Tandem.Domain.Programmes;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Sites;

/// <summary>Public: one site's page for people who consider starting there: what it offers, how to start, contact and the two forms.</summary>
public sealed class SitePageModel(ReferralDesk desk, AppDbContext db, ProgrammeCatalog catalog) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];
    public string Language { get; private set; } = "";
    public string? HowToStart { get; private set; }
    public bool HasLogo { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await desk.PublicSiteAsync(slug, ct) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        Language = UiLanguage.Current;
        Programmes = [.. catalog.All.Where(p => site.Offers(p.Id))];
        HowToStart = Language == "nl" ? site.HowToStartNl ?? site.HowToStartEn : site.HowToStartEn ?? site.HowToStartNl;
        HasLogo = await db.SiteLogos.AnyAsync(l => l.SiteId == site.Id, ct);
        return Page();
    }
}
