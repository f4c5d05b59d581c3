using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Programmes;
using Tandem.Domain.SiteContent;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Content;

/// <summary>
/// A manager writes their site's own text for one page, sees how it differs from the programme's text, and is
/// told (with the change itself) when a newer programme version changed the text their adaptation was based on.
/// </summary>
public sealed class ContentPageModel(AppDbContext db, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    private Guid _siteId;

    [BindProperty]
    public TextInput Input { get; set; } = new();

    public Programme Programme { get; private set; } = null!;
    public Module Module { get; private set; } = null!;
    public Domain.Programmes.Page ContentPage { get; private set; } = null!;

    /// <summary>The programme's current text of the page.</summary>
    public LocalizedText BaseText { get; private set; } = null!;

    public SitePageText? Adaptation { get; private set; }

    public bool BaseChanged => Adaptation?.BaseChangedIn(Module, ContentPage) == true;

    /// <summary>The site's text against the programme's current text.</summary>
    public IReadOnlyList<DiffLine> SiteDiff(string language) =>
        LineDiff.Compute(BaseText.For(language), Adaptation?.Text.For(language) ?? BaseText.For(language));

    /// <summary>What the programme changed since the adaptation was written.</summary>
    public IReadOnlyList<DiffLine> BaseChange(string language) =>
        LineDiff.Compute(Adaptation?.BaseText.For(language) ?? "", BaseText.For(language));

    public async Task<IActionResult> OnGetAsync(string programmeId, string moduleId, string pageId, CancellationToken ct)
    {
        if (!await ResolveAsync(programmeId, moduleId, pageId, ct))
        {
            return NotFound();
        }

        var current = Adaptation?.Text ?? BaseText;
        Input = new TextInput { Dutch = current.Dutch, English = current.English };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string programmeId, string moduleId, string pageId, CancellationToken ct)
    {
        if (!await ResolveAsync(programmeId, moduleId, pageId, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var viewer = User.AsViewer();
        var siteText = new LocalizedText(Input.Dutch, Input.English);
        if (Adaptation is null)
        {
            db.SitePageTexts.Add(new SitePageText(_siteId, Programme.Id, Module, ContentPage, siteText, viewer.UserId, clock.GetUtcNow()));
        }
        else
        {
            db.SitePageTexts.Attach(Adaptation);
            Adaptation.Edit(siteText, viewer.UserId, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["adaptations.saved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReviewedAsync(string programmeId, string moduleId, string pageId, CancellationToken ct)
    {
        if (!await ResolveAsync(programmeId, moduleId, pageId, ct) || Adaptation is null)
        {
            return NotFound();
        }

        db.SitePageTexts.Attach(Adaptation);
        Adaptation.MarkReviewed(Module, ContentPage, User.AsViewer().UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["adaptations.reviewed"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string programmeId, string moduleId, string pageId, CancellationToken ct)
    {
        if (!await ResolveAsync(programmeId, moduleId, pageId, ct) || Adaptation is null)
        {
            return NotFound();
        }

        db.SitePageTexts.Remove(Adaptation);
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["adaptations.removed"].Value;
        return RedirectToPage();
    }

    private async Task<bool> ResolveAsync(string programmeId, string moduleId, string pageId, CancellationToken ct)
    {
        if (User.AsViewer().SiteId is not { } siteId
            || catalog.Find(programmeId) is not { } programme
            || programme.FindModule(moduleId) is not { } module
            || module.Pages.FirstOrDefault(p => p.Id == pageId) is not { } page
            || PageText.Of(page) is not { } baseText)
        {
            return false;
        }

        (_siteId, Programme, Module, ContentPage, BaseText) = (siteId, programme, module, page, baseText);
        Adaptation = await db.SitePageTexts.AsNoTracking().SingleOrDefaultAsync(
            t => t.SiteId == siteId && t.ProgrammeId == programmeId && t.ModuleId == moduleId && t.PageId == pageId, ct);
        return true;
    }

    public sealed class TextInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(SiteContentRules.MaxTextLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "adaptations.dutch")]
        public string Dutch { get; set; } = "";

        [Required(ErrorMessage = "validation.required")]
        [StringLength(SiteContentRules.MaxTextLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "adaptations.english")]
        public string English { get; set; } = "";
    }
}
