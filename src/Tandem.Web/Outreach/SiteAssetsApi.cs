using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Organisations;
using Tandem.Web.Data;

namespace Tandem.Web.Outreach;

/// <summary>
/// A public site's logo and its colour as a style sheet (the CSP allows no inline styles). The logo is served with a
/// sandboxing CSP of its own, so an SVG opened directly can run nothing.
/// </summary>
public static class SiteAssetsApi
{
    public static IEndpointRouteBuilder MapSiteAssets(this IEndpointRouteBuilder routes)
    {
        var assets = routes.MapGroup("/Sites/{slug}").AllowAnonymous();
        assets.MapGet("/logo", LogoAsync);
        assets.MapGet("/theme.css", ThemeAsync);
        return routes;
    }

    private static async Task<IResult> LogoAsync(string slug, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var logo = await (from l in db.SiteLogos.AsNoTracking()
                          join s in db.Sites on l.SiteId equals s.Id
                          where s.Slug == slug
                          select l).SingleOrDefaultAsync(ct);
        if (logo is null)
        {
            return Results.NotFound();
        }

        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";
        return Results.File(logo.Content, logo.ContentType);
    }

    private static async Task<IResult> ThemeAsync(string slug, AppDbContext db, CancellationToken ct)
    {
        var colour = await db.Sites.Where(s => s.Slug == slug).Select(s => new { s.BrandColour }).SingleOrDefaultAsync(ct);
        if (colour is null)
        {
            return Results.NotFound();
        }

        // Only a validated #RRGGBB reaches the style sheet; anything else falls back to Tandem's own colours.
        var css = colour.BrandColour is { } hex && BrandColour.TryParse(hex, out _)
            ? $":root {{ --site-brand: {hex}; }}\n"
            : "";
        return Results.Text(css, "text/css");
    }
}
