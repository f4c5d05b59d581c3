using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Guidance;
using Tandem.Web.Data;

namespace Tandem.Web.Guidance;

/// <summary>The working calendar of each site: its weekdays (Monday to Friday unless it set others) minus the configured holidays and its own closing days.</summary>
public static class WorkingCalendars
{
    public static async Task<IReadOnlyDictionary<Guid, WorkingCalendar>> ForSitesAsync(
        AppDbContext db, GuidanceOptions settings, IReadOnlyCollection<Guid> siteIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        if (siteIds.Count == 0)
        {
            return new Dictionary<Guid, WorkingCalendar>();
        }

        var closed = await db.SiteHolidays.AsNoTracking()
            .Where(h => siteIds.Contains(h.SiteId))
            .Select(h => new { h.SiteId, h.Day })
            .ToListAsync(ct);
        var weekdays = await db.Sites.AsNoTracking()
            .Where(s => siteIds.Contains(s.Id))
            .Select(s => new { s.Id, s.WorkingWeekdays })
            .ToDictionaryAsync(s => s.Id, s => s.WorkingWeekdays, ct);
        return siteIds.ToDictionary(
            id => id,
            id => new WorkingCalendar(settings.Holidays.Concat(closed.Where(h => h.SiteId == id).Select(h => h.Day)), weekdays.GetValueOrDefault(id)));
    }

    /// <summary>
    /// The working days within which feedback is due, per site: the site's own setting, else <c>Guidance:FeedbackWorkingDays</c>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> FeedbackDaysAsync(
        AppDbContext db, GuidanceOptions settings, IReadOnlyCollection<Guid> siteIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var own = siteIds.Count == 0 ? [] : await db.Sites.AsNoTracking()
            .Where(s => siteIds.Contains(s.Id) && s.FeedbackWorkingDays != null)
            .Select(s => new { s.Id, s.FeedbackWorkingDays })
            .ToDictionaryAsync(s => s.Id, s => s.FeedbackWorkingDays!.Value, ct);
        return siteIds.ToDictionary(id => id, id => own.GetValueOrDefault(id, settings.FeedbackWorkingDays));
    }
}
