using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Domain.Programmes;
using Tandem.Web.Content;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Programmes;

/// <summary>
/// Public preview of one programme: its modules in order with a short summary and the time they take,
/// so a prospective patient knows what online treatment asks of them before they start.
/// </summary>
public sealed class ProgrammePreviewModel(ProgrammeCatalog catalog) : PageModel
{
    public Programme Programme { get; private set; } = null!;
    public string Language { get; private set; } = "";

    /// <summary>Per step its module, or the variants of which one is chosen with the therapist.</summary>
    public IReadOnlyList<IReadOnlyList<Module>> Steps { get; private set; } = [];
    public bool HasDraftModules { get; private set; }

    public IActionResult OnGet(string id)
    {
        if (catalog.Find(id) is not { } programme)
        {
            return NotFound();
        }

        Programme = programme;
        Language = UiLanguage.Current;
        Steps = [.. programme.Steps.Select(step => (IReadOnlyList<Module>)[.. step.ModuleIds.Select(m => programme.FindModule(m)!)])];
        HasDraftModules = programme.Modules.Any(m => m.Review.Status == ReviewStatus.Draft);
        return Page();
    }
}
