using Tandem.Domain.Accounts;

namespace Tandem.UnitTests.Accounts;

public sealed class UserSessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_staff_session_ends_after_fifteen_idle_minutes()
    {
        var session = new UserSession(Guid.NewGuid(), isStaff: true, Start);

        Assert.True(session.Check(Start.AddMinutes(14)));
        Assert.False(new UserSession(Guid.NewGuid(), isStaff: true, Start).Check(Start.AddMinutes(15)));
    }

    [Fact]
    public void A_patient_session_survives_twenty_nine_idle_minutes_but_not_thirty()
    {
        Assert.True(new UserSession(Guid.NewGuid(), isStaff: false, Start).Check(Start.AddMinutes(29)));

        var session = new UserSession(Guid.NewGuid(), isStaff: false, Start);
        Assert.False(session.Check(Start.AddMinutes(30)));
        Assert.Equal(SessionEndReason.IdleTimeout, session.EndReason);
    }

    [Fact]
    public void Activity_keeps_a_session_alive_until_the_twelve_hour_limit()
    {
        var session = new UserSession(Guid.NewGuid(), isStaff: false, Start);
        for (var minute = 10; minute < 12 * 60; minute += 10)
        {
            Assert.True(session.Check(Start.AddMinutes(minute)));
            session.Touch(Start.AddMinutes(minute));
        }

        Assert.False(session.Check(Start.AddHours(12)));
        Assert.Equal(SessionEndReason.AbsoluteTimeout, session.EndReason);
    }

    [Fact]
    public void An_ended_session_stays_ended()
    {
        var session = new UserSession(Guid.NewGuid(), isStaff: false, Start);
        session.End(Start.AddMinutes(1), SessionEndReason.SignedOut);

        Assert.False(session.Check(Start.AddMinutes(2)));
        session.End(Start.AddMinutes(3), SessionEndReason.AccountDisabled);
        Assert.Equal(SessionEndReason.SignedOut, session.EndReason);
    }

    [Fact]
    public void Activity_is_written_back_at_most_once_a_minute()
    {
        var session = new UserSession(Guid.NewGuid(), isStaff: false, Start);

        Assert.False(session.NeedsTouch(Start.AddSeconds(59)));
        Assert.True(session.NeedsTouch(Start.AddMinutes(1)));
    }
}
