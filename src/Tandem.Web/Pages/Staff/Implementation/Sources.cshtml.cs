using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tandem.Web.Pages.Staff.Implementation;

/// <summary>The sources and licences of the implementation toolkit's data (CC BY 4.0 asks for credit, a link and the changes made).</summary>
public sealed class SourcesModel : PageModel
{
    public void OnGet()
    {
    }
}
