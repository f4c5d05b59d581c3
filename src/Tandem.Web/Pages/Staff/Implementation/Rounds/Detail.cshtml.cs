using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Implementation.Rounds;

/// <summary>
/// A round's barrier profile for the lead: per domain and construct how many rated each point of the scale, the mean,
/// the verdict and whether raters disagreed, with the comments (unattributed); optionally beside an earlier round of the
/// same site. Ratings count once their author sent them.
/// </summary>
public sealed class RoundDetailModel(AppDbContext db, ImplementationCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public sealed record OtherRound(Guid Id, string Title, DateTimeOffset OpenedAt);

    public CfirRound Round { get; private set; } = null!;
    public string SiteName { get; private set; } = "";
    public bool IsOpen { get; private set; }
    public int Invited { get; private set; }
    public int Submitted { get; private set; }
    public IReadOnlyList<ConstructProfile> Profile { get; private set; } = [];
    public IReadOnlyList<OtherRound> Others { get; private set; } = [];
    public CfirRound? Compared { get; private set; }
    public IReadOnlyDictionary<string, ConstructProfile> Before { get; private set; } = new Dictionary<string, ConstructProfile>();

    public CfirConstruct ConstructOf(string id) => catalog.Construct(id)!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? compare, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        if (await FindAsync(id, ct) is not { } round)
        {
            return NotFound();
        }

        Round = round;
        IsOpen = round.IsOpen(clock.GetUtcNow());
        SiteName = await db.Sites.Where(s => s.Id == round.SiteId).Select(s => s.Name).SingleAsync(ct);
        Invited = await db.CfirInvitations.CountAsync(i => i.RoundId == id, ct);
        Submitted = await db.CfirInvitations.CountAsync(i => i.RoundId == id && i.SubmittedAt != null, ct);
        Profile = await ProfileAsync(round, ct);
        Others = await db.CfirRounds.LedBy(db, viewer)
            .Where(r => r.SiteId == round.SiteId && r.Id != id)
            .OrderByDescending(r => r.OpenedAt)
            .Select(r => new OtherRound(r.Id, r.Title, r.OpenedAt))
            .ToListAsync(ct);
        if (compare is { } otherId && Others.Any(o => o.Id == otherId) && await FindAsync(otherId, ct) is { } other)
        {
            Compared = other;
            Before = (await ProfileAsync(other, ct)).ToDictionary(p => p.ConstructId);
        }

        audit.RecordOrganisational(viewer, AuditAction.Read, "CfirProfile", id.ToString());
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        if (await db.CfirRounds.LedBy(db, viewer).SingleOrDefaultAsync(r => r.Id == id, ct) is not { } round)
        {
            return NotFound();
        }

        round.Close(clock.GetUtcNow());
        audit.RecordOrganisational(viewer, AuditAction.Update, "CfirRound", id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["impl.round-closed-now"].Value;
        return RedirectToPage(new { id });
    }

    private Task<CfirRound?> FindAsync(Guid id, CancellationToken ct) =>
        db.CfirRounds.LedBy(db, User.AsViewer()).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);

    private async Task<IReadOnlyList<ConstructProfile>> ProfileAsync(CfirRound round, CancellationToken ct)
    {
        var sent = db.CfirInvitations.Where(i => i.RoundId == round.Id && i.SubmittedAt != null).Select(i => i.UserId);
        var ratings = await db.CfirRatings.AsNoTracking().Where(r => r.RoundId == round.Id && sent.Contains(r.RespondentId)).ToListAsync(ct);
        return CfirProfile.Of(round.ConstructIds.Where(c => catalog.Construct(c) is not null), ratings);
    }
}
