using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Integration;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Admin.ApiClients;

/// <summary>
/// The organisation's FHIR API clients: an administrator creates one with scopes (its token is shown once, on the page
/// that answers the creation, and never stored), sees them all, and revokes one.
/// </summary>
public sealed class ApiClientsModel(AppDbContext db, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public ClientInput Input { get; set; } = new();

    public IReadOnlyList<Row> Clients { get; private set; } = [];

    /// <summary>The new client's bearer token, only in the answer to its creation.</summary>
    public string? NewToken { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Scopes.Any(s => !ApiScope.All.Contains(s)))
        {
            ModelState.AddModelError("Input.Scopes", text["validation.invalid"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var (client, token) = ApiClient.Create(User.AsViewer().OrganisationId, Input.Name, Input.Scopes, User.UserId(), clock.GetUtcNow());
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(ct);
        NewToken = token;
        Input = new ClientInput();
        ModelState.Clear();
        await LoadAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var organisationId = User.AsViewer().OrganisationId;
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id && c.OrganisationId == organisationId, ct);
        if (client is null)
        {
            return NotFound();
        }

        client.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["api-clients.revoked", client.Name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var organisationId = User.AsViewer().OrganisationId;
        var clients = await db.ApiClients.Where(c => c.OrganisationId == organisationId)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Name, c.ClientId, c.Scopes, c.CreatedAt, c.RevokedAt, CreatedBy = db.Users.Where(u => u.Id == c.CreatedBy).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        Clients = [.. clients.Select(c => new Row(c.Id, c.Name, c.ClientId, c.Scopes.Split(' '), c.CreatedBy ?? "", c.CreatedAt, c.RevokedAt))];
    }

    public sealed record Row(Guid Id, string Name, string ClientId, IReadOnlyList<string> Scopes, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

    public sealed class ClientInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(100, ErrorMessage = "validation.too-long")]
        [Display(Name = "api-clients.name")]
        public string Name { get; set; } = "";

        [MinLength(1, ErrorMessage = "api-client.no-scopes")]
        [Display(Name = "api-clients.scopes")]
        public List<string> Scopes { get; set; } = [];
    }
}
