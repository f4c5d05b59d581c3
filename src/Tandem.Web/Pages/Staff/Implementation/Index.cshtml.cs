using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Implementation;

namespace Tandem.Web.Pages.Staff.Implementation;

/// <summary>
/// The implementation toolkit's start: assessment rounds waiting for this person's ratings and, for an implementation
/// lead, the rounds of their sites with their response counts.
/// </summary>
public sealed class ImplementationIndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record RoundLine(Guid Id, string Title, string Site, DateOnly ClosesOn, bool IsOpen, int Invited, int Submitted);

    public sealed record Invitation(Guid RoundId, string Title, DateOnly ClosesOn, bool Submitted);

    public bool Leads { get; private set; }
    public IReadOnlyList<Invitation> ToRate { get; private set; } = [];
    public IReadOnlyList<RoundLine> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var now = clock.GetUtcNow();
        var today = Domain.ClinicCalendar.DateOf(now);
        Leads = viewer.Leads();
        ToRate = await (
                from i in db.CfirInvitations
                join r in db.CfirRounds on i.RoundId equals r.Id
                where i.UserId == viewer.UserId && r.ClosedAt == null && r.ClosesOn >= today
                orderby r.ClosesOn
                select new Invitation(r.Id, r.Title, r.ClosesOn, i.SubmittedAt != null))
            .ToListAsync(ct);
        if (Leads)
        {
            var rounds = await (
                    from r in db.CfirRounds.LedBy(db, viewer)
                    join s in db.Sites on r.SiteId equals s.Id
                    orderby r.OpenedAt descending
                    select new
                    {
                        Round = r,
                        Site = s.Name,
                        Invited = db.CfirInvitations.Count(i => i.RoundId == r.Id),
                        Submitted = db.CfirInvitations.Count(i => i.RoundId == r.Id && i.SubmittedAt != null),
                    })
                .AsNoTracking().ToListAsync(ct);
            Rounds = [.. rounds.Select(r => new RoundLine(r.Round.Id, r.Round.Title, r.Site, r.Round.ClosesOn, r.Round.IsOpen(now), r.Invited, r.Submitted))];
        }
    }
}
