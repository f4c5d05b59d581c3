using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tandem.Domain;

namespace Tandem.Web.Infrastructure;

/// <summary>A rule the page should have prevented (stale tab, double submit): say why and show fresh state.</summary>
public sealed class DomainRulePageFilter(IStringLocalizer<Text> text) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not DomainRuleException broken || executed.HandlerInstance is not PageModel page)
        {
            return;
        }

        page.TempData[Flash.Error] = text[broken.Rule.Code].Value;
        executed.ExceptionHandled = true;
        // Back to the page itself (GET), without the POST handler name, which has no GET counterpart.
        var request = context.HttpContext.Request;
        var query = QueryString.Create(request.Query.Where(q => q.Key != "handler"));
        executed.Result = new LocalRedirectResult($"{request.PathBase}{request.Path}{query}");
    }
}

public static class Flash
{
    public const string Info = "flash-info";
    public const string Error = "flash-error";
}
