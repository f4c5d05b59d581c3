using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Implementation.Nomad;

/// <summary>
/// The NoMAD survey for the lead: open a round at a site, and per site the construct means of every round (trend),
/// with the number of respondents; a round with fewer respondents than the minimum group size shows no results.
/// The table downloads as CSV.
/// </summary>
public sealed class NomadIndexModel(
    AppDbContext db, ImplementationCatalog catalog, AuditTrail audit, TimeProvider clock, IOptions<ImplementationOptions> options, IStringLocalizer<Text> text) : PageModel
{
    public sealed record RoundResult(NomadRound Round, int Respondents, bool Shown, IReadOnlyList<ConstructScore> Constructs, IReadOnlyList<ItemScore> Items);

    public sealed record SiteResults(Guid SiteId, string Site, IReadOnlyList<RoundResult> Rounds);

    [BindProperty]
    public Guid SiteId { get; set; }

    [BindProperty]
    public DateOnly? ClosesOn { get; set; }

    public IReadOnlyList<SiteResults> Sites { get; private set; } = [];
    public IReadOnlyList<string> Constructs => [.. catalog.NomadItems.Select(i => i.Construct).Distinct()];
    public IReadOnlyList<NomadItem> Items => catalog.NomadItems;
    public int MinimumGroupSize => options.Value.NomadMinimumGroupSize;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.AsViewer().Leads())
        {
            return Forbid();
        }

        await LoadAsync(ct);
        ClosesOn = ClinicCalendar.DateOf(clock.GetUtcNow()).AddDays(14);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        if (!await db.Sites.LedBy(viewer).AnyAsync(s => s.Id == SiteId, ct))
        {
            return NotFound();
        }

        try
        {
            var round = new NomadRound(viewer.OrganisationId, SiteId, viewer.UserId, ClosesOn ?? default, clock.GetUtcNow());
            db.NomadRounds.Add(round);
            audit.RecordOrganisational(viewer, AuditAction.Create, nameof(NomadRound), round.Id.ToString());
            await db.SaveChangesAsync(ct);
            TempData[Flash.Info] = text["nomad.opened"].Value;
            return RedirectToPage();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(ClosesOn), text[refused.Rule.Code]);
            await LoadAsync(ct);
            await db.SaveChangesAsync(ct);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }
    }

    /// <summary>Closes an open round before its last day, so its results can be shown.</summary>
    public async Task<IActionResult> OnPostCloseAsync(Guid roundId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        if (await db.NomadRounds.LedBy(db, viewer).SingleOrDefaultAsync(r => r.Id == roundId, ct) is not { } round)
        {
            return NotFound();
        }

        round.Close(clock.GetUtcNow());
        audit.RecordOrganisational(viewer, AuditAction.Update, nameof(NomadRound), roundId.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["nomad.closed"].Value;
        return RedirectToPage();
    }

    /// <summary>The trend table of one site as CSV (the same rows the page shows; hidden rounds stay empty).</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid siteId, CancellationToken ct)
    {
        if (!User.AsViewer().Leads())
        {
            return Forbid();
        }

        await LoadAsync(ct);
        if (Sites.SingleOrDefault(s => s.SiteId == siteId) is not { } site)
        {
            return NotFound();
        }

        var csv = new StringBuilder();
        csv.Append(Csv.Line(["opened_on", "closes_on", "respondents", .. Constructs.Select(c => "mean_" + c.Replace(' ', '_'))]));
        foreach (var result in site.Rounds)
        {
            csv.Append(Csv.Line([
                ClinicCalendar.DateOf(result.Round.OpenedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                result.Round.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                result.Respondents.ToString(CultureInfo.InvariantCulture),
                .. result.Constructs.Select(c => result.Shown && c.Mean is { } mean ? mean.ToString("0.00", CultureInfo.InvariantCulture) : ""),
            ]));
        }

        audit.RecordOrganisational(User.AsViewer(), AuditAction.Export, "NomadResults", siteId.ToString());
        await db.SaveChangesAsync(ct);
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "nomad.csv");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var sites = await db.Sites.LedBy(viewer).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var rounds = await db.NomadRounds.LedBy(db, viewer).AsNoTracking().OrderBy(r => r.OpenedAt).ToListAsync(ct);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var respondents = await db.NomadParticipations.Where(p => roundIds.Contains(p.RoundId))
            .GroupBy(p => p.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // Only closed rounds: watching an open round grow one respondent at a time would reveal the newest answers.
        var now = clock.GetUtcNow();
        var shownIds = rounds.Where(r => !r.IsOpen(now) && NomadScoring.MayShow(respondents.GetValueOrDefault(r.Id), MinimumGroupSize)).Select(r => r.Id).ToList();
        var answers = (await db.NomadAnswers.AsNoTracking().Where(a => shownIds.Contains(a.RoundId)).ToListAsync(ct)).ToLookup(a => a.RoundId);
        Sites = [.. sites.Select(site => new SiteResults(site.Id, site.Name, [.. rounds.Where(r => r.SiteId == site.Id).Select(round =>
        {
            var count = respondents.GetValueOrDefault(round.Id);
            var shown = shownIds.Contains(round.Id);
            return new RoundResult(
                round, count, shown,
                [.. NomadScoring.Constructs(Items, answers[round.Id]).Select(c => NomadScoring.MayShow(c.Answers, MinimumGroupSize) ? c : c with { Mean = null })],
                [.. NomadScoring.Items(Items, answers[round.Id]).Select(i => NomadScoring.MayShow(i.Answers, MinimumGroupSize) ? i : i with { Mean = null })]);
        })]))];
        SiteId = SiteId == Guid.Empty && sites.Count > 0 ? sites[0].Id : SiteId;
        audit.RecordOrganisational(viewer, AuditAction.Read, "NomadResults", null);
    }
}
