namespace Tandem.Domain.Accounts;

/// <summary>
/// Exponential back-off per account (ASVS 6.3.1, NIST: at most 100 consecutive failures).
/// Pausing instead of locking means an attacker cannot lock a patient out for long.
/// </summary>
public static class SignInBackoff
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan MaximumPause = TimeSpan.FromHours(1);

    public static TimeSpan PauseAfter(int consecutiveFailures)
    {
        if (consecutiveFailures < FreeAttempts)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(consecutiveFailures - FreeAttempts, 6);
        var pause = TimeSpan.FromMinutes(1 << doublings);
        return pause < MaximumPause ? pause : MaximumPause;
    }
}
