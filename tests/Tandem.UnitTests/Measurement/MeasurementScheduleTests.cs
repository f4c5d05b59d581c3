using Tandem.Domain.Measurement;
using Tandem.Domain.Treatment;
using static Tandem.UnitTests.Treatment.TestProgrammes;

namespace Tandem.UnitTests.Measurement;

public sealed class MeasurementScheduleTests
{
    private static readonly MeasurementOccasion Baseline = new("baseline", OccasionAnchor.Start, null, 0, ["phq-9", "gad-7"], 14);
    private static readonly MeasurementOccasion AfterActivity = new("after-activity", OccasionAnchor.AfterModule, "m3-activity", 0, ["wsas"], 7);
    private static readonly MeasurementOccasion End = new("end", OccasionAnchor.End, null, 0, ["phq-9"], 14);
    private static readonly MeasurementOccasion FollowUp = new("follow-up-3m", OccasionAnchor.End, null, 3, ["phq-9"], 14);
    private static readonly MeasurementOccasion[] Occasions = [Baseline, AfterActivity, End, FollowUp];

    private static IReadOnlyList<MeasurementRequest> Due(Enrolment enrolment, IEnumerable<MeasurementRequest>? existing = null, Func<string, bool>? usable = null) =>
        MeasurementSchedule.Due(enrolment, Occasions, existing ?? [], usable ?? (_ => true), Now);

    private static string[] Asked(IEnumerable<MeasurementRequest> requests) =>
        [.. requests.Select(r => $"{r.Occasion}:{r.InstrumentId}:{r.DueFrom:yyyy-MM-dd}..{r.DueUntil:yyyy-MM-dd}")];

    /// <summary>Completes the open modules one by one (choosing the low-active variant) until <paramref name="last"/> is done.</summary>
    private static void CompleteUpTo(Enrolment enrolment, string last, DateTimeOffset at)
    {
        while (enrolment.Current is { } current)
        {
            var id = current.ModuleId!;
            enrolment.Complete(id, at);
            if (enrolment.Modules.Any(m => m.StepId == "m3-activity" && m.ModuleId is null) && id == "m2")
            {
                enrolment.ChooseVariant(Sequential, "m3-activity", "m3b", Therapist, at);
            }

            if (id == last)
            {
                return;
            }
        }
    }

    [Fact]
    public void Baseline_is_asked_from_the_start_day_for_its_window()
    {
        var enrolment = Start(choices: Choices(startsOn: Today.AddDays(3)));

        Assert.Equal(["baseline:phq-9:2026-03-05..2026-03-18", "baseline:gad-7:2026-03-05..2026-03-18"], Asked(Due(enrolment)));
    }

    [Fact]
    public void After_module_is_asked_only_once_that_module_is_completed_by_its_step_id()
    {
        var enrolment = Start();
        CompleteUpTo(enrolment, "m2", Now);
        Assert.DoesNotContain(Due(enrolment), r => r.Occasion == "after-activity");

        CompleteUpTo(enrolment, "m3b", Now.AddDays(10));

        Assert.Equal(["after-activity:wsas:2026-03-12..2026-03-18"], Asked(Due(enrolment).Where(r => r.Occasion == "after-activity")));
    }

    [Fact]
    public void End_and_follow_ups_are_asked_when_the_last_module_in_the_path_is_completed()
    {
        var enrolment = Start();
        CompleteUpTo(enrolment, "m3b", Now);
        Assert.DoesNotContain(Due(enrolment), r => r.Occasion is "end" or "follow-up-3m");

        CompleteUpTo(enrolment, "m4", Now.AddDays(30));

        Assert.Equal(
            ["end:phq-9:2026-04-01..2026-04-14", "follow-up-3m:phq-9:2026-07-01..2026-07-14"],
            Asked(Due(enrolment).Where(r => r.Occasion is "end" or "follow-up-3m")));
    }

    [Fact]
    public void Ending_the_treatment_early_is_the_end_for_the_schedule()
    {
        var enrolment = Start();
        enrolment.End(TreatmentEnding.StoppedEarly, Guid.NewGuid(), "Stopped early.", Now.AddDays(5));

        Assert.Equal(new DateOnly(2026, 3, 7), MeasurementSchedule.EndOf(enrolment));
        Assert.Contains(Due(enrolment), r => r.Occasion == "end");
    }

    [Fact]
    public void A_skipped_module_asks_nothing_and_does_not_hold_up_the_end()
    {
        var enrolment = Start();
        CompleteUpTo(enrolment, "m2", Now);
        enrolment.Skip("m3-activity", Therapist, "Not needed", Now);
        CompleteUpTo(enrolment, "m4", Now.AddDays(1));

        var due = Due(enrolment);

        Assert.DoesNotContain(due, r => r.Occasion == "after-activity");
        Assert.Contains(due, r => r.Occasion == "end");
    }

    [Fact]
    public void Planning_twice_never_asks_an_occasions_instrument_again_even_after_a_cancel()
    {
        var enrolment = Start();
        var first = Due(enrolment);
        first[0].Cancel(Therapist, "Asked on paper", Now);

        Assert.Empty(Due(enrolment, first));
        Assert.All(first, r => Assert.Equal(enrolment.Id, r.EnrolmentId));
    }

    [Fact]
    public void Requests_of_another_enrolment_do_not_count_as_asked()
    {
        var other = Due(Start());

        Assert.Equal(2, Due(Start(), other).Count);
    }

    [Fact]
    public void An_instrument_the_organisation_cannot_ask_is_skipped()
    {
        Assert.Equal(["baseline:gad-7:2026-03-02..2026-03-15"], Asked(Due(Start(), usable: id => id != "phq-9")));
    }

    [Fact]
    public void A_request_is_upcoming_before_its_window_open_within_it_and_overdue_after_it()
    {
        var request = Due(Start(choices: Choices(startsOn: Today.AddDays(3))))[0];

        Assert.Equal(RequestStatus.Upcoming, request.StatusOn(Today));
        Assert.Equal(RequestStatus.Open, request.StatusOn(Today.AddDays(3)));
        Assert.Equal(RequestStatus.Open, request.StatusOn(Today.AddDays(16)));
        Assert.Equal(RequestStatus.Overdue, request.StatusOn(Today.AddDays(17)));
    }
}
