using Tandem.Domain;
using Tandem.Domain.Treatment;
using static Tandem.UnitTests.Treatment.TestProgrammes;

namespace Tandem.UnitTests.Treatment;

public sealed class AdaptationTests
{
    private static readonly Guid Colleague = Guid.NewGuid();

    public static TheoryData<string> MissingReasons => ["", "   ", new string('x', Adaptation.MaxReasonLength + 1)];

    private static readonly Action<Enrolment, string>[] Changes =
    [
        (e, reason) => e.Hide("m2", Therapist, reason, Now),
        (e, reason) => e.Show("m2", Therapist, reason, Now),
        (e, reason) => e.Skip("m2", Therapist, reason, Now),
        (e, reason) => e.Move("m2", 0, Therapist, reason, Now),
        (e, reason) => e.Add(Tailored, "p3", Therapist, reason, Now),
    ];

    [Theory]
    [MemberData(nameof(MissingReasons))]
    public void Every_change_to_the_plan_needs_a_reason_of_at_most_1000_characters(string reason)
    {
        foreach (var change in Changes)
        {
            var enrolment = Start(Tailored, Choices(selected: ["p0", "p1", "p2"]));
            var before = Plan(enrolment);

            var error = Assert.Throws<DomainRuleException>(() => change(enrolment, reason));

            Assert.Equal(TreatmentRules.ReasonRequired, error.Rule);
            Assert.Equal(before, Plan(enrolment));
            Assert.Empty(enrolment.NewAdaptations);
        }
    }

    [Fact]
    public void A_reason_of_exactly_1000_characters_is_kept()
    {
        var enrolment = Start();
        var reason = new string('x', Adaptation.MaxReasonLength);

        enrolment.Hide("m2", Therapist, reason, Now);

        Assert.Equal(reason, Assert.Single(enrolment.NewAdaptations).Reason);
    }

    [Fact]
    public void Hiding_takes_a_module_out_of_the_patients_path_and_logs_who_when_and_why()
    {
        var enrolment = Start();

        enrolment.Hide("m2", Colleague, "  Discussed in session instead.  ", Now.AddDays(1));

        Assert.True(enrolment.Modules[1].Hidden);
        Assert.DoesNotContain(enrolment.Path, m => m.ModuleId == "m2");
        var log = Assert.Single(enrolment.NewAdaptations);
        Assert.Equal(
            (AdaptationKind.Hidden, "m2", Colleague, Now.AddDays(1), "Discussed in session instead.", enrolment.Id),
            (log.Kind, log.ModuleId, log.ByUserId, log.At, log.Reason, log.EnrolmentId));
        Assert.True(log.IsDeviation);
    }

    [Fact]
    public void Hiding_an_open_module_keeps_its_status_and_opens_nothing_new()
    {
        var enrolment = Start();
        enrolment.Complete("m1", Now);

        enrolment.Hide("m2", Therapist, "Not needed.", Now);

        // The variant step after it still waits for its choice.
        Assert.Equal(["m1:Completed", "m2:Open(hidden)", "m3-activity:Locked", "m4:Locked"], Plan(enrolment));
    }

    [Fact]
    public void Showing_a_hidden_module_puts_it_back_in_the_path()
    {
        var enrolment = Start();
        enrolment.Hide("m4", Therapist, "Later.", Now);

        enrolment.Show("m4", Therapist, "Now relevant.", Now.AddDays(1));

        Assert.False(enrolment.Modules[3].Hidden);
        Assert.Equal([AdaptationKind.Hidden, AdaptationKind.Shown], enrolment.NewAdaptations.Select(a => a.Kind));
        Assert.False(enrolment.NewAdaptations[1].IsDeviation);
    }

    [Fact]
    public void Skipping_a_module_opens_the_next_one_on_completion()
    {
        var enrolment = Start();

        enrolment.Skip("m1", Therapist, "Already done face to face.", Now);

        Assert.Equal(["m1:Skipped", "m2:Open", "m3-activity:Locked", "m4:Locked"], Plan(enrolment));
        var log = Assert.Single(enrolment.NewAdaptations);
        Assert.Equal((AdaptationKind.Skipped, "Already done face to face."), (log.Kind, log.Reason));
    }

    [Fact]
    public void A_completed_module_cannot_be_skipped()
    {
        var enrolment = Start();
        enrolment.Complete("m1", Now);

        Assert.Equal(TreatmentRules.NotOpen, Assert.Throws<DomainRuleException>(() => enrolment.Skip("m1", Therapist, "reason", Now)).Rule);
    }

    [Fact]
    public void Moving_a_module_reorders_the_plan_and_logs_the_new_position()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Therapist));

        enrolment.Move("m4", 1, Therapist, "Goals first for this patient.", Now);

        Assert.Equal(["m1", "m4", "m2", "m3-activity"], enrolment.Modules.Select(m => m.ModuleId ?? m.StepId));
        Assert.Equal([0, 1, 2, 3], enrolment.Modules.Select(m => m.Position));
        var log = Assert.Single(enrolment.NewAdaptations);
        Assert.Equal((AdaptationKind.Moved, "m4", "1"), (log.Kind, log.ModuleId, log.Detail));
        Assert.True(log.IsDeviation);
    }

    [Fact]
    public void A_move_beyond_either_end_puts_the_module_at_that_end()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Therapist));

        enrolment.Move("m2", 99, Therapist, "Last.", Now);
        Assert.Equal(["m1", "m3-activity", "m4", "m2"], enrolment.Modules.Select(m => m.ModuleId ?? m.StepId));

        enrolment.Move("m2", -5, Therapist, "First.", Now);
        Assert.Equal("m2", enrolment.Modules[0].ModuleId);
    }

    [Fact]
    public void Adding_a_module_puts_it_locked_at_the_end_marked_as_added()
    {
        var enrolment = Start(Tailored, Choices(selected: ["p0", "p1"]));

        enrolment.Add(Tailored, "p3", Therapist, "Flare-ups came up in session.", Now);

        var added = enrolment.Modules[^1];
        Assert.Equal(("p3", ModuleStatus.Locked, true, 2), (added.ModuleId, added.Status, added.Added, added.Position));
        var log = Assert.Single(enrolment.NewAdaptations);
        Assert.Equal((AdaptationKind.Added, "p3", "Flare-ups came up in session."), (log.Kind, log.ModuleId, log.Reason));
        Assert.True(log.IsDeviation);
    }

    [Fact]
    public void An_added_module_opens_at_once_on_completion_when_everything_before_it_is_done()
    {
        var enrolment = Start(Tailored, Choices(selected: ["p0"]));
        enrolment.Complete("p0", Now);

        enrolment.Add(Tailored, "p3", Therapist, "One more.", Now);

        Assert.Equal(ModuleStatus.Open, enrolment.Modules[^1].Status);
    }

    [Fact]
    public void A_module_already_in_the_plan_or_outside_the_programme_cannot_be_added()
    {
        var enrolment = Start(Tailored, Choices(selected: ["p0", "p1"]));

        Assert.Equal(TreatmentRules.AlreadyInPlan, Assert.Throws<DomainRuleException>(() => enrolment.Add(Tailored, "p1", Therapist, "r", Now)).Rule);
        Assert.Equal(TreatmentRules.UnknownModule, Assert.Throws<DomainRuleException>(() => enrolment.Add(Tailored, "zz", Therapist, "r", Now)).Rule);
        Assert.Empty(enrolment.NewAdaptations);
    }

    [Fact]
    public void A_change_to_a_module_not_in_the_plan_is_refused()
    {
        var enrolment = Start();

        Assert.Equal(TreatmentRules.UnknownModule, Assert.Throws<DomainRuleException>(() => enrolment.Hide("zz", Therapist, "r", Now)).Rule);
        Assert.Equal(TreatmentRules.UnknownModule, Assert.Throws<DomainRuleException>(() => enrolment.UnlockModule("zz", Therapist, null, Now)).Rule);
    }

    [Fact]
    public void Every_change_is_logged_in_order()
    {
        var enrolment = Start(Sequential, Choices(UnlockMode.Therapist));

        enrolment.UnlockModule("m2", Therapist, "Ready early.", Now);
        enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now.AddMinutes(1));
        enrolment.Move("m4", 1, Therapist, "Goals first.", Now.AddMinutes(2));
        enrolment.Skip("m3a", Colleague, "Active enough.", Now.AddMinutes(3));

        Assert.Equal(
            [AdaptationKind.Unlocked, AdaptationKind.VariantChosen, AdaptationKind.Moved, AdaptationKind.Skipped],
            enrolment.NewAdaptations.Select(a => a.Kind));
        Assert.Equal("Ready early.", enrolment.NewAdaptations[0].Reason);
        Assert.Equal(Colleague, enrolment.NewAdaptations[3].ByUserId);
    }
}
