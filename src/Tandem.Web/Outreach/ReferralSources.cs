using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Outreach;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Outreach;

/// <summary>A referral the invitation form starts from, with its site's name and the programme asked about (in the UI language).</summary>
public sealed record ReferralSource(Referral Referral, string SiteName, string? Programme);

/// <summary>
/// Finds the referral a patient invitation starts from, within the viewer's intake queue only (anything else is not
/// found), so the form can be filled in on the server and only the referral's id travels in the address.
/// </summary>
public sealed class ReferralSources(AppDbContext db, ProgrammeCatalog catalog)
{
    public async Task<ReferralSource?> FindAsync(Viewer viewer, Guid id, bool tracked, CancellationToken ct)
    {
        var referrals = db.Referrals.InIntakeOf(viewer);
        var referral = await (tracked ? referrals : referrals.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return null;
        }

        var siteName = await db.Sites.Where(s => s.Id == referral.SiteId).Select(s => s.Name).SingleAsync(ct);
        var programme = referral.ProgrammeId is { } programmeId ? catalog.Find(programmeId)?.Title.For(UiLanguage.Current) ?? programmeId : null;
        return new ReferralSource(referral, siteName, programme);
    }
}
