using System.Globalization;
using Tandem.Domain;

namespace Tandem.Web.Infrastructure;

/// <summary>Times are stored in UTC and shown in the clinics' time zone.</summary>
public static class ClinicTime
{
    private static readonly TimeZoneInfo Zone = ClinicCalendar.Zone;

    public static DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static string Format(DateTimeOffset utc) =>
        ToLocal(utc).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>The UTC instant at which a local calendar day starts, for date-range filters.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
