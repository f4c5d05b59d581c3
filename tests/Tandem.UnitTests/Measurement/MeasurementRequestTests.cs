using Tandem.Domain;
using Tandem.Domain.Measurement;

namespace Tandem.UnitTests.Measurement;

public sealed class MeasurementRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Guid Therapist = Guid.NewGuid();

    private static MeasurementRequest Request() => MeasurementRequest.AskNow(Guid.NewGuid(), "phq-9", Today, Today.AddDays(6), Therapist, Now);

    [Fact]
    public void Asking_now_makes_an_on_request_request_by_the_therapist_outside_any_enrolment()
    {
        var request = Request();

        Assert.Equal((MeasurementSchedule.OnRequest, (Guid?)Therapist, (Guid?)null), (request.Occasion, request.RequestedByUserId, request.EnrolmentId));
        Assert.Equal(RequestStatus.Open, request.StatusOn(Today));
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(-10, -1)]
    [InlineData(0, 90)]
    public void A_window_that_ends_in_the_past_is_reversed_or_too_long_is_refused(int fromDays, int untilDays)
    {
        var broken = Assert.Throws<DomainRuleException>(() =>
            MeasurementRequest.AskNow(Guid.NewGuid(), "phq-9", Today.AddDays(fromDays), Today.AddDays(untilDays), Therapist, Now));

        Assert.Equal(ScheduleRules.Window, broken.Rule);
    }

    [Fact]
    public void Cancelling_keeps_who_when_and_why_and_needs_a_reason()
    {
        var request = Request();
        Assert.Equal(ScheduleRules.ReasonRequired, Assert.Throws<DomainRuleException>(() => request.Cancel(Therapist, " ", Now)).Rule);

        request.Cancel(Therapist, "Answered on paper", Now);

        Assert.Equal((RequestStatus.Cancelled, (Guid?)Therapist, "Answered on paper", (DateTimeOffset?)Now),
            (request.StatusOn(Today), request.CancelledByUserId, request.CancelReason, request.CancelledAt));
    }

    [Fact]
    public void Moving_gives_a_new_window_and_a_new_chance_of_reminders()
    {
        var request = Request();
        request.Reminded(Today, Now);

        request.Move(Today.AddDays(7), Today.AddDays(13), Therapist, Now);

        Assert.Equal((Today.AddDays(7), Today.AddDays(13), (Guid?)Therapist), (request.DueFrom, request.DueUntil, request.MovedByUserId));
        Assert.Null(request.OpenRemindedAt);
        Assert.Equal(RequestStatus.Upcoming, request.StatusOn(Today));
    }

    [Fact]
    public void A_cancelled_request_can_be_neither_moved_nor_cancelled_again()
    {
        var request = Request();
        request.Cancel(Therapist, "Not needed", Now);

        Assert.Equal(ScheduleRules.RequestClosed, Assert.Throws<DomainRuleException>(() => request.Move(Today, Today.AddDays(3), Therapist, Now)).Rule);
        Assert.Equal(ScheduleRules.RequestClosed, Assert.Throws<DomainRuleException>(() => request.Cancel(Therapist, "Again", Now)).Rule);
    }

    [Fact]
    public void Reminders_are_noted_once_for_opening_and_once_for_being_overdue()
    {
        var request = Request();

        request.Reminded(Today, Now);
        request.Reminded(Today.AddDays(1), Now.AddDays(1));
        Assert.Equal(((DateTimeOffset?)Now, (DateTimeOffset?)null), (request.OpenRemindedAt, request.OverdueRemindedAt));

        request.Reminded(Today.AddDays(7), Now.AddDays(7));
        Assert.Equal(((DateTimeOffset?)Now, (DateTimeOffset?)Now.AddDays(7)), (request.OpenRemindedAt, request.OverdueRemindedAt));
    }
}
