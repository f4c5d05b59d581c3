namespace Tandem.Domain.Accounts;

public enum SessionEndReason
{
    SignedOut,
    IdleTimeout,
    AbsoluteTimeout,
    AccountDisabled,
    PasswordChanged,
}

/// <summary>The server-side half of a sign-in: the cookie only names it, so ending it here ends it everywhere.</summary>
public sealed class UserSession
{
    /// <summary>Activity closer together than this is not written back, to keep requests read-only.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private UserSession() { } // EF Core

    public UserSession(Guid userId, bool isStaff, DateTimeOffset now)
    {
        UserId = userId;
        IsStaff = isStaff;
        StartedAt = now;
        LastSeenAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid UserId { get; private init; }
    public bool IsStaff { get; private init; }
    public DateTimeOffset StartedAt { get; private init; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public SessionEndReason? EndReason { get; private set; }

    public SessionPolicy Policy => SessionPolicy.For(IsStaff);

    /// <summary>Checks the session at a request; ends it when a limit has passed.</summary>
    /// <returns>Whether the request may continue under this session.</returns>
    public bool Check(DateTimeOffset now)
    {
        if (EndedAt is not null)
        {
            return false;
        }

        if (Policy.IsExpired(StartedAt, LastSeenAt, now))
        {
            End(now, now - StartedAt >= Policy.Absolute ? SessionEndReason.AbsoluteTimeout : SessionEndReason.IdleTimeout);
            return false;
        }

        return true;
    }

    public bool NeedsTouch(DateTimeOffset now) => now - LastSeenAt >= TouchInterval;

    public void Touch(DateTimeOffset now) => LastSeenAt = now > LastSeenAt ? now : LastSeenAt;

    public void End(DateTimeOffset now, SessionEndReason reason)
    {
        if (EndedAt is null)
        {
            EndedAt = now;
            EndReason = reason;
        }
    }
}
