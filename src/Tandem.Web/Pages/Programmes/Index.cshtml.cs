using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Domain.Programmes;
using Tandem.Web.Content;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Programmes;

/// <summary>Public: the programmes a clinic offers, for people considering online treatment. No account needed.</summary>
public sealed class ProgrammeListModel(ProgrammeCatalog catalog) : PageModel
{
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];
    public string Language { get; private set; } = "";

    public void OnGet()
    {
        Programmes = catalog.All;
        Language = UiLanguage.Current;
    }
}
