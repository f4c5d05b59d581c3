using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Programmes;
using Tandem.Web.Data;

namespace Tandem.Web.Content;

/// <summary>
/// A site's own page texts. The programme catalogue stays as loaded; a patient's page asks here for its site's
/// text and renders <c>SitePage.Blocks(page, text)</c>.
/// </summary>
public sealed class SiteContent(AppDbContext db)
{
    /// <summary>The site's text for the page, or null when the site uses the programme's own text.</summary>
    public Task<LocalizedText?> TextForAsync(Guid siteId, string programmeId, string moduleId, string pageId, CancellationToken ct) =>
        db.SitePageTexts.AsNoTracking()
            .Where(t => t.SiteId == siteId && t.ProgrammeId == programmeId && t.ModuleId == moduleId && t.PageId == pageId)
            .Select(t => new LocalizedText(t.Dutch, t.English))
            .SingleOrDefaultAsync(ct);
}
