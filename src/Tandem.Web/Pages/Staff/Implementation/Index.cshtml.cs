using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Implementation;

/// <summary>
/// The implementation toolkit's start: assessment rounds waiting for this person's ratings and plan actions assigned to
/// them (whose status they can change); for an implementation lead also the rounds and plans of their sites.
/// </summary>
public sealed class ImplementationIndexModel(AppDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public sealed record RoundLine(Guid Id, string Title, string Site, DateOnly ClosesOn, bool IsOpen, int Invited, int Submitted);

    public sealed record Invitation(Guid RoundId, string Title, DateOnly ClosesOn, bool Submitted);

    public sealed record PlanLine(Guid Id, string Title, string Site, DateOnly? NextReviewOn, int OpenActions);

    public sealed record MyAction(Guid Id, string Description, string Plan, DateOnly DueOn, ActionStatus Status);

    public bool Leads { get; private set; }
    public IReadOnlyList<Invitation> ToRate { get; private set; } = [];

    /// <summary>Open NoMAD rounds at this person's site that they have not answered.</summary>
    public IReadOnlyList<(Guid Id, DateOnly ClosesOn)> Surveys { get; private set; } = [];
    public IReadOnlyList<MyAction> Actions { get; private set; } = [];
    public IReadOnlyList<RoundLine> Rounds { get; private set; } = [];
    public IReadOnlyList<PlanLine> Plans { get; private set; } = [];

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
        var siteId = viewer.SiteId;
        Surveys = [.. (await db.NomadRounds
                .Where(r => r.SiteId == siteId && r.OrganisationId == viewer.OrganisationId && r.ClosedAt == null && r.ClosesOn >= today
                    && !db.NomadParticipations.Any(p => p.RoundId == r.Id && p.UserId == viewer.UserId))
                .OrderBy(r => r.ClosesOn)
                .Select(r => new { r.Id, r.ClosesOn })
                .ToListAsync(ct))
            .Select(r => (r.Id, r.ClosesOn))];
        Actions = await (
                from a in db.PlanActions
                join p in db.ImplementationPlans on a.PlanId equals p.Id
                where a.OwnerId == viewer.UserId && p.OrganisationId == viewer.OrganisationId
                    && (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress)
                orderby a.DueOn
                select new MyAction(a.Id, a.Description, p.Title, a.DueOn, a.Status))
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
            Plans = await (
                    from p in db.ImplementationPlans.LedBy(db, viewer)
                    join s in db.Sites on p.SiteId equals s.Id
                    orderby p.CreatedAt descending
                    select new PlanLine(p.Id, p.Title, s.Name, p.NextReviewOn,
                        db.PlanActions.Count(a => a.PlanId == p.Id && (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress))))
                .ToListAsync(ct);
        }
    }

    /// <summary>The owner of an action reports its progress (a lead changes anything else on the plan's page).</summary>
    public async Task<IActionResult> OnPostActionStatusAsync(Guid actionId, ActionStatus status, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var action = await (
                from a in db.PlanActions
                join p in db.ImplementationPlans on a.PlanId equals p.Id
                where a.Id == actionId && a.OwnerId == viewer.UserId && p.OrganisationId == viewer.OrganisationId
                select a)
            .SingleOrDefaultAsync(ct);
        if (action is null || !viewer.MaySeeHealthData)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !Enum.IsDefined(status))
        {
            return BadRequest();
        }

        if (status != action.Status)
        {
            var now = clock.GetUtcNow();
            action.SetStatus(status, now);
            db.PlanChanges.Add(new PlanChange(action.PlanId, viewer.UserId, PlanChangeKind.ActionStatusChanged, action.Description, now, status));
            audit.RecordOrganisational(viewer, AuditAction.Update, nameof(PlanAction), actionId.ToString());
            await db.SaveChangesAsync(ct);
        }

        TempData[Flash.Info] = text["plan.saved"].Value;
        return RedirectToPage();
    }
}
