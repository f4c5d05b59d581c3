using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Programmes;
using Tandem.Domain.SiteContent;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;

namespace Tandem.Web.Pages.Staff.Content;

public enum PageTextState
{
    /// <summary>The page has no text of its own to adapt (only exercises, pictures and the like).</summary>
    NoText,
    Programme,
    Adapted,

    /// <summary>Adapted, and the programme's text changed since: the site should review it.</summary>
    BaseChanged,
}

/// <summary>A manager's overview of the programmes' pages and which their site has adapted.</summary>
public sealed class ContentIndexModel(AppDbContext db, ProgrammeCatalog catalog) : PageModel
{
    private Dictionary<(string, string, string), SitePageText> _adapted = [];

    public IReadOnlyList<Programme> Programmes => catalog.All;

    public string SiteName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.AsViewer().SiteId is not { } siteId)
        {
            return NotFound();
        }

        SiteName = await db.Sites.Where(s => s.Id == siteId).Select(s => s.Name).SingleAsync(ct);
        _adapted = await db.SitePageTexts.AsNoTracking().Where(t => t.SiteId == siteId)
            .ToDictionaryAsync(t => (t.ProgrammeId, t.ModuleId, t.PageId), ct);
        return Page();
    }

    public PageTextState StateOf(Programme programme, Module module, Domain.Programmes.Page page) =>
        PageText.Of(page) is null ? PageTextState.NoText
        : !_adapted.TryGetValue((programme.Id, module.Id, page.Id), out var adapted) ? PageTextState.Programme
        : adapted.BaseChangedIn(module, page) ? PageTextState.BaseChanged
        : PageTextState.Adapted;
}
