using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Outreach;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Staff.Intake;

/// <summary>The intake queue of the viewer's site: referrals from the public forms, open ones first and newest first.</summary>
public sealed class IntakeModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public sealed record Line(Guid Id, ReferralKind Kind, string Name, DateTimeOffset ReceivedAt, ReferralStatus Status);

    public IReadOnlyList<Line> Referrals { get; private set; } = [];
    public bool ShowClosed { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool closed, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.WorksIntake())
        {
            return Forbid();
        }

        ShowClosed = closed;
        var open = new[] { ReferralStatus.New, ReferralStatus.Contacted };
        var referrals = db.Referrals.InIntakeOf(viewer).Where(r => closed || open.Contains(r.Status));
        Referrals = await referrals
            .OrderBy(r => r.Status == ReferralStatus.New ? 0 : r.Status == ReferralStatus.Contacted ? 1 : 2)
            .ThenByDescending(r => r.ReceivedAt)
            .Take(500)
            .Select(r => new Line(r.Id, r.Kind, r.Name, r.ReceivedAt, r.Status))
            .ToListAsync(ct);
        audit.RecordSearch(viewer, nameof(Referral), closed ? "intake queue, with closed" : "intake queue");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
