using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Audit;
using Tandem.Domain.Organisations;
using Tandem.Domain.Outreach;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Outreach;

/// <summary>
/// Where the public forms hand in a referral: finds the public site, refuses a site that has received too many in the
/// last hour, and stores the referral with its audit entry in one transaction. Nothing of its content is logged.
/// </summary>
public sealed class ReferralDesk(AppDbContext db, AuditTrail audit, IOptions<OutreachOptions> options, TimeProvider clock)
{
    public Task<Site?> PublicSiteAsync(string? slug, CancellationToken ct) =>
        string.IsNullOrEmpty(slug) || slug.Length > 60 ? Task.FromResult<Site?>(null)
            : db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);

    public async Task<bool> IsBusyAsync(Guid siteId, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddHours(-1);
        return await db.Referrals.CountAsync(r => r.SiteId == siteId && r.ReceivedAt > since, ct) >= options.Value.PerSitePerHour;
    }

    public async Task ReceiveAsync(Referral referral, CancellationToken ct)
    {
        db.Referrals.Add(referral);
        audit.RecordPublic(referral.OrganisationId, AuditAction.Create, nameof(Referral), referral.Id.ToString());
        await db.SaveChangesAsync(ct);
    }
}
