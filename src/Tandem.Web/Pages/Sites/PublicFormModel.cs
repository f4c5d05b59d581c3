using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Organisations;
using Tandem.Domain.Outreach;
using Tandem.Domain.Programmes;
using Tandem.Web.Content;
using Tandem.Web.Infrastructure;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Sites;

/// <summary>
/// What the two public forms share: the site, its programmes, and the spam defences. A filled-in honeypot, a missing
/// or forged time stamp, or a form sent back too fast gets the same thank-you page as a person, but nothing is kept.
/// Bad input is shown at the fields (422) with the values kept; a busy site answers 429.
/// </summary>
public abstract class PublicFormModel(ReferralDesk desk, FormStamp stamps, ProgrammeCatalog catalog, IStringLocalizer<Text> text) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    /// <summary>When the form was served, signed (see <see cref="FormStamp"/>).</summary>
    [BindProperty]
    public string? Stamp { get; set; }

    /// <summary>The honeypot: hidden from people, irresistible to simple bots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    protected IStringLocalizer<Text> Messages => text;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }

        Stamp = stamps.Issue();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }

        var verdict = stamps.Check(Stamp);
        if (!string.IsNullOrEmpty(Website) || verdict == StampVerdict.Bot)
        {
            return Thanks();
        }

        if (verdict == StampVerdict.Expired)
        {
            ModelState.AddModelError(string.Empty, text[OutreachRules.Expired.Code]);
            ModelState.Remove(nameof(Stamp));
            Stamp = stamps.IssueFilled();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Refused(StatusCodes.Status422UnprocessableEntity);
        }

        if (await desk.IsBusyAsync(Site.Id, ct))
        {
            ModelState.AddModelError(string.Empty, text["outreach.busy"]);
            return Refused(StatusCodes.Status429TooManyRequests);
        }

        try
        {
            await desk.ReceiveAsync(Build(), ct);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.Rule.Code]);
            return Refused(StatusCodes.Status422UnprocessableEntity);
        }

        return Thanks();
    }

    /// <summary>Field checks beyond the annotations; add errors to the model state.</summary>
    protected abstract void Validate();

    protected abstract Referral Build();

    protected void CheckProgramme(string field, string? programmeId)
    {
        if (!string.IsNullOrEmpty(programmeId) && Programmes.All(p => p.Id != programmeId))
        {
            ModelState.AddModelError(field, text[OutreachRules.Programme.Code]);
        }
    }

    protected void CheckContact(string field, string? email, string? phone)
    {
        if (string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone))
        {
            ModelState.AddModelError(field, text[OutreachRules.Contact.Code]);
        }
    }

    private RedirectToPageResult Thanks() => RedirectToPage("/Sites/Thanks", new { slug = Site.Slug });

    private static PageResult Refused(int status) => new() { StatusCode = status };

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (await desk.PublicSiteAsync(slug, ct) is not { } site)
        {
            return false;
        }

        Site = site;
        Programmes = [.. catalog.All.Where(p => site.Offers(p.Id))];
        return true;
    }
}
