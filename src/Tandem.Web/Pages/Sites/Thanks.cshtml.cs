using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Domain.Organisations;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Sites;

/// <summary>Public: the same thank-you for everyone who sent a form, saying what happens next (and nothing about what was sent).</summary>
public sealed class ThanksModel(ReferralDesk desk) : PageModel
{
    public Site Site { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await desk.PublicSiteAsync(slug, ct) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        return Page();
    }
}
