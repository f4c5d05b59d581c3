namespace Tandem.Domain;

/// <summary>The clinics' calendar: instants are UTC, days are the clinics' local days (Europe/Amsterdam).</summary>
public static class ClinicCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
