using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tandem.Web.Pages;

/// <summary>Friendly pages for 4xx answers, re-executed by the status-code middleware.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    private static readonly int[] Known = [400, 403, 404, 405, 410, 429];

    public string Key { get; private set; } = "status.other";

    public void OnGet(int? code)
    {
        var status = code ?? 404;
        Key = Known.Contains(status) ? $"status.{status}" : "status.other";
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = status is >= 400 and < 600 ? status : 404;
        }
    }

    public void OnPost(int? code) => OnGet(code);
}
