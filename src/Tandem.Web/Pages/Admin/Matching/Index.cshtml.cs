using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Implementation;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Admin.Matching;

/// <summary>
/// The CFIR-ERIC matching table behind strategy rankings: which table is in use, how complete it is per barrier, every
/// imported version, and the import of a new version (CSV in the columns of the shipped table; refused whole, with the
/// line of each problem, if anything is wrong).
/// </summary>
public sealed class MatchingModel(AppDbContext db, ImplementationCatalog catalog, MatchingTables tables, IStringLocalizer<Text> text) : PageModel
{
    public sealed record Version(int Number, string FileName, int Rows, DateTimeOffset ImportedAt, string By);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public MatchingTableInUse InUse { get; private set; } = null!;
    public IReadOnlyList<CfirBarrier> Barriers => catalog.Barriers;
    public IReadOnlyList<Version> Versions { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 } file)
        {
            ModelState.AddModelError("Upload", text["matching.file-required"]);
        }
        else if (file.Length > MatchingTables.MaximumBytes)
        {
            ModelState.AddModelError("Upload", text["matching.too-large"]);
        }
        else
        {
            using var reader = new StreamReader(file.OpenReadStream());
            var csv = await reader.ReadToEndAsync(ct);
            try
            {
                var (imported, errors) = await tables.ImportAsync(User.AsViewer(), file.FileName, csv, ct);
                if (imported is not null)
                {
                    TempData[Flash.Info] = text["matching.imported", imported.Version, imported.RowCount].Value;
                    return RedirectToPage();
                }

                ModelState.AddModelError("Upload", text["matching.refused", errors.Count]);
                Problems = [.. errors.Take(20).Select(e => text["matching.problem", e.Line, text[e.Rule.Code, e.Args].Value].Value)];
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError("Upload", text["matching.concurrent"]);
            }
        }

        await LoadAsync(ct);
        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var organisationId = User.AsViewer().OrganisationId;
        InUse = await tables.CurrentAsync(organisationId, ct);
        Versions = await (
                from t in db.MatchingTables
                join u in db.Users on t.ImportedById equals u.Id
                where t.OrganisationId == organisationId
                orderby t.Version descending
                select new Version(t.Version, t.FileName, t.RowCount, t.ImportedAt, u.DisplayName))
            .ToListAsync(ct);
    }
}
