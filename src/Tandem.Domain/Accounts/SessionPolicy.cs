namespace Tandem.Domain.Accounts;

/// <summary>
/// How long a signed-in session lives (NIST 800-63B AAL2/AAL3, ASVS 7.3): staff see many patients'
/// records and get the stricter idle limit.
/// </summary>
public sealed record SessionPolicy(TimeSpan Idle, TimeSpan Absolute)
{
    public static SessionPolicy Staff { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(12));
    public static SessionPolicy Patient { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(12));

    public static SessionPolicy For(bool isStaff) => isStaff ? Staff : Patient;

    public bool IsExpired(DateTimeOffset startedAt, DateTimeOffset lastSeenAt, DateTimeOffset now) =>
        now - lastSeenAt >= Idle || now - startedAt >= Absolute;
}
