using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// A form sent with input the page refused comes back as the page with its messages and status 422, on every page,
/// so browsers, clients and tests can tell a refusal from a success; a filter form (GET) with a value that is not
/// valid likewise. A page that chose its own status keeps it.
/// </summary>
public sealed class RefusedInputPageFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is PageResult { StatusCode: null } page
            && context.HttpContext.Response.StatusCode == StatusCodes.Status200OK
            && !context.ModelState.IsValid)
        {
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }
}
