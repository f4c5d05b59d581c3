using Tandem.Domain;
using Tandem.Domain.Treatment;
using static Tandem.UnitTests.Treatment.TestProgrammes;

namespace Tandem.UnitTests.Treatment;

public sealed class EnrolmentTests
{
    [Fact]
    public void An_enrolment_records_the_intake_choices_and_the_programme_version()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Schedule, interval: 7) with { Guidance = GuidanceMode.OnDemand });

        Assert.Equal("seq", enrolment.ProgrammeId);
        Assert.Equal(3, enrolment.ProgrammeVersion);
        Assert.Equal(GuidanceMode.OnDemand, enrolment.Guidance);
        Assert.Equal(UnlockMode.Schedule, enrolment.Unlock);
        Assert.Equal(7, enrolment.ScheduleIntervalDays);
        Assert.True(enrolment.ProgrammeExplained && enrolment.FormatDiscussed && enrolment.GoalsAgreed);
        Assert.Equal(Therapist, enrolment.EnrolledByUserId);
        Assert.Equal(Now, enrolment.EnrolledAt);
        Assert.Equal(EnrolmentStatus.Active, enrolment.Status);
    }

    [Fact]
    public void A_sequential_programme_plans_every_step_in_order_with_the_variant_step_unresolved()
    {
        var enrolment = Start();

        Assert.Equal(["m1:Open", "m2:Locked", "m3-activity:Locked", "m4:Locked"], Plan(enrolment));
        Assert.False(enrolment.Modules[2].IsResolved);
        Assert.All(enrolment.Modules, m => Assert.False(m.Added));
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void Enrolling_without_a_complete_intake_checklist_is_refused(bool explained, bool format, bool goals)
    {
        var error = Assert.Throws<DomainRuleException>(() => Start(choices: Choices(intake: new IntakeChecklist(explained, format, goals))));
        Assert.Equal(TreatmentRules.IntakeIncomplete, error.Rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(61)]
    public void A_schedule_needs_an_interval_of_one_to_sixty_days(int? interval)
    {
        var error = Assert.Throws<DomainRuleException>(() => Start(choices: Choices(UnlockMode.Schedule, interval)));
        Assert.Equal(TreatmentRules.ScheduleInterval, error.Rule);
    }

    [Fact]
    public void An_interval_is_kept_only_for_a_schedule()
    {
        Assert.Null(Start(choices: Choices(UnlockMode.OnCompletion, interval: 7)).ScheduleIntervalDays);
    }

    [Fact]
    public void A_tailored_programme_plans_the_selected_modules_in_programme_order()
    {
        var enrolment = Start(Tailored, Choices(flags: ["low-mood"], selected: ["p4", "p1", "p0"]));

        Assert.Equal(["p0:Open", "p1:Locked", "p4:Locked"], Plan(enrolment));
        Assert.Equal(["low-mood"], enrolment.ProfileFlags);
    }

    [Fact]
    public void A_tailored_programme_without_a_selection_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Start(Tailored, Choices(selected: [])));
        Assert.Equal(TreatmentRules.NoModulesSelected, error.Rule);
    }

    [Fact]
    public void A_tailored_selection_with_an_unknown_module_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Start(Tailored, Choices(selected: ["p0", "nonsense"])));
        Assert.Equal(TreatmentRules.UnknownModule, error.Rule);
    }

    [Fact]
    public void An_unknown_profile_flag_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Start(Tailored, Choices(flags: ["made-up"], selected: ["p0"])));
        Assert.Equal(TreatmentRules.UnknownProfileFlag, error.Rule);
    }

    [Fact]
    public void The_first_module_opens_on_the_start_date_and_not_before()
    {
        var enrolment = Start(choices: Choices(startsOn: Today.AddDays(3)));
        Assert.Equal(ModuleStatus.Locked, enrolment.Modules[0].Status);

        Assert.False(enrolment.Refresh(Now.AddDays(2)));
        Assert.Equal(ModuleStatus.Locked, enrolment.Modules[0].Status);

        Assert.True(enrolment.Refresh(Now.AddDays(3)));
        Assert.Equal(ModuleStatus.Open, enrolment.Modules[0].Status);
        Assert.Equal(Now.AddDays(3), enrolment.Modules[0].OpenedAt);
        Assert.False(enrolment.Refresh(Now.AddDays(4)));
    }

    [Fact]
    public void The_start_date_is_the_clinics_day_not_the_UTC_day()
    {
        var enrolment = Start(choices: Choices(startsOn: Today.AddDays(1)));

        // 23:30 UTC on 2 March is 00:30 on 3 March in Amsterdam.
        Assert.True(enrolment.Refresh(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void On_completion_the_next_module_opens_when_the_previous_one_is_completed()
    {
        var enrolment = Start();

        enrolment.Complete("m1", Now.AddDays(1));

        Assert.Equal(["m1:Completed", "m2:Open", "m3-activity:Locked", "m4:Locked"], Plan(enrolment));
        Assert.Equal(Now.AddDays(1), enrolment.Modules[0].CompletedAt);
        Assert.Equal("m2", enrolment.Current?.ModuleId);
    }

    [Fact]
    public void Only_an_open_module_can_be_completed()
    {
        var enrolment = Start();

        Assert.Equal(TreatmentRules.NotOpen, Assert.Throws<DomainRuleException>(() => enrolment.Complete("m2", Now)).Rule);
        enrolment.Complete("m1", Now);
        Assert.Equal(TreatmentRules.NotOpen, Assert.Throws<DomainRuleException>(() => enrolment.Complete("m1", Now)).Rule);
    }

    [Fact]
    public void On_a_schedule_module_n_opens_n_intervals_after_the_start_date_whatever_was_completed()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Schedule, interval: 7));
        Assert.Equal(["m1:Open", "m2:Locked", "m3-activity:Locked", "m4:Locked"], Plan(enrolment));

        Assert.False(enrolment.Refresh(Now.AddDays(6)));
        Assert.True(enrolment.Refresh(Now.AddDays(7)));
        Assert.Equal(["m1:Open", "m2:Open", "m3-activity:Locked", "m4:Locked"], Plan(enrolment));

        // The variant step cannot open until its variant is chosen; the step after it keeps to its date.
        enrolment.Refresh(Now.AddDays(21));
        Assert.Equal(["m1:Open", "m2:Open", "m3-activity:Locked", "m4:Open"], Plan(enrolment));
    }

    [Fact]
    public void With_therapist_unlocking_only_the_first_module_opens_by_itself()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Therapist));
        enrolment.Complete("m1", Now.AddDays(1));
        Assert.False(enrolment.Refresh(Now.AddDays(30)));
        Assert.Equal(ModuleStatus.Locked, enrolment.Modules[1].Status);

        enrolment.UnlockModule("m2", Therapist, null, Now.AddDays(2));

        Assert.Equal(ModuleStatus.Open, enrolment.Modules[1].Status);
        var log = Assert.Single(enrolment.NewAdaptations);
        Assert.Equal((AdaptationKind.Unlocked, "m2", Therapist, Now.AddDays(2), (string?)null), (log.Kind, log.ModuleId, log.ByUserId, log.At, log.Reason));
        Assert.False(log.IsDeviation);
    }

    [Fact]
    public void An_open_module_cannot_be_unlocked_again()
    {
        var enrolment = Start();
        Assert.Equal(TreatmentRules.NotLocked, Assert.Throws<DomainRuleException>(() => enrolment.UnlockModule("m1", Therapist, null, Now)).Rule);
    }

    [Fact]
    public void A_variant_step_cannot_be_unlocked_before_its_variant_is_chosen()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Therapist));

        var error = Assert.Throws<DomainRuleException>(() => enrolment.UnlockModule("m3-activity", Therapist, null, Now));

        Assert.Equal(TreatmentRules.VariantNotChosen, error.Rule);
        Assert.Equal(ModuleStatus.Locked, enrolment.Modules[2].Status);
        Assert.Empty(enrolment.NewAdaptations);
    }

    [Fact]
    public void On_completion_an_unresolved_variant_step_holds_the_plan_until_the_variant_is_chosen()
    {
        var enrolment = Start();
        enrolment.Complete("m1", Now);
        enrolment.Complete("m2", Now);
        Assert.Equal(["m1:Completed", "m2:Completed", "m3-activity:Locked", "m4:Locked"], Plan(enrolment));

        enrolment.ChooseVariant(Sequential, "m3-activity", "m3b", Therapist, Now.AddHours(1));

        Assert.Equal(["m1:Completed", "m2:Completed", "m3b:Open", "m4:Locked"], Plan(enrolment));
        Assert.Equal("m3-activity", enrolment.Modules[2].StepId);
        var log = Assert.Single(enrolment.NewAdaptations);
        Assert.Equal((AdaptationKind.VariantChosen, "m3b", "m3-activity"), (log.Kind, log.ModuleId, log.Detail));
        Assert.False(log.IsDeviation);
    }

    [Fact]
    public void Choosing_a_variant_before_it_is_due_keeps_it_locked()
    {
        var enrolment = Start();

        enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now);

        Assert.Equal(["m1:Open", "m2:Locked", "m3a:Locked", "m4:Locked"], Plan(enrolment));
    }

    [Fact]
    public void A_variant_can_be_changed_while_the_module_is_locked_but_not_once_open()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Therapist));
        enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now);
        enrolment.ChooseVariant(Sequential, "m3-activity", "m3b", Therapist, Now);
        Assert.Equal("m3b", enrolment.Modules[2].ModuleId);

        enrolment.UnlockModule("m3b", Therapist, null, Now);

        var error = Assert.Throws<DomainRuleException>(() => enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now));
        Assert.Equal(TreatmentRules.NotLocked, error.Rule);
    }

    [Theory]
    [InlineData("m3-activity", "m4", "treatment.unknown-module")]
    [InlineData("m3-activity", "nonsense", "treatment.unknown-module")]
    [InlineData("m2", "m2", "treatment.not-variant")]
    [InlineData("nonsense", "m3a", "treatment.not-variant")]
    public void An_unknown_variant_or_step_is_refused(string step, string variant, string code)
    {
        var enrolment = Start();

        var error = Assert.Throws<DomainRuleException>(() => enrolment.ChooseVariant(Sequential, step, variant, Therapist, Now));

        Assert.Equal(code, error.Rule.Code);
        Assert.Empty(enrolment.NewAdaptations);
    }

    [Fact]
    public void The_basis_of_a_variant_choice_is_kept_as_its_reason_and_limited_in_length()
    {
        var enrolment = Start();

        var error = Assert.Throws<DomainRuleException>(() =>
            enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now, new string('x', Adaptation.MaxReasonLength + 1)));
        Assert.Equal(TreatmentRules.ReasonRequired, error.Rule);
        Assert.Null(enrolment.Modules[2].ModuleId);

        enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now, "Activity summary over 12 days.");
        Assert.Equal("Activity summary over 12 days.", Assert.Single(enrolment.NewAdaptations).Reason);
    }

    [Fact]
    public void An_unlock_reason_is_optional_but_limited_in_length()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Therapist));

        var error = Assert.Throws<DomainRuleException>(() => enrolment.UnlockModule("m2", Therapist, new string('x', Adaptation.MaxReasonLength + 1), Now));

        Assert.Equal(TreatmentRules.ReasonRequired, error.Rule);
        Assert.Equal(ModuleStatus.Locked, enrolment.Modules[1].Status);
    }

    [Fact]
    public void The_same_variant_cannot_be_chosen_twice()
    {
        var enrolment = Start();
        enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now);

        var error = Assert.Throws<DomainRuleException>(() => enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now));
        Assert.Equal(TreatmentRules.AlreadyInPlan, error.Rule);
    }

    [Fact]
    public void An_ended_enrolment_cannot_be_changed_and_opens_nothing()
    {
        var enrolment = Start(choices: Choices(UnlockMode.Schedule, interval: 1));
        enrolment.End(TreatmentEnding.StoppedEarly, Therapist, "Stopped after the first module.", Now.AddHours(1));

        Assert.Equal(EnrolmentStatus.Ended, enrolment.Status);
        Assert.Equal(Now.AddHours(1), enrolment.EndedAt);
        Assert.False(enrolment.Refresh(Now.AddDays(10)));
        Assert.Equal(TreatmentRules.Ended, Assert.Throws<DomainRuleException>(() => enrolment.Hide("m2", Therapist, "reason", Now)).Rule);
        Assert.Equal(TreatmentRules.Ended, Assert.Throws<DomainRuleException>(() => enrolment.ChooseVariant(Sequential, "m3-activity", "m3a", Therapist, Now)).Rule);
        Assert.Equal(TreatmentRules.Ended, Assert.Throws<DomainRuleException>(() => enrolment.Add(Sequential, "m3a", Therapist, "reason", Now)).Rule);
    }

    [Fact]
    public void A_treatment_ends_with_how_it_ended_and_a_note_unless_it_was_completed()
    {
        var stopped = Start();
        var completed = Start();

        Assert.Equal(TreatmentRules.EndNoteRequired, Assert.Throws<DomainRuleException>(() => stopped.End(TreatmentEnding.StoppedEarly, Therapist, "  ", Now)).Rule);
        completed.End(TreatmentEnding.Completed, Therapist, null, Now);

        Assert.Equal((TreatmentEnding.Completed, Therapist, (string?)null), (completed.Ending, completed.EndedByUserId, completed.EndNote));
        Assert.Equal(TreatmentRules.Ended, Assert.Throws<DomainRuleException>(() => completed.End(TreatmentEnding.Other, Therapist, "Again.", Now)).Rule);
        Assert.Equal(EnrolmentStatus.Active, stopped.Status);
    }

    [Fact]
    public void Progress_counts_completed_modules_in_the_path_only()
    {
        var enrolment = Start();
        Assert.Equal((0, 4), enrolment.Progress);

        enrolment.Complete("m1", Now);
        enrolment.Hide("m4", Therapist, "Not relevant now.", Now);
        enrolment.Skip("m2", Therapist, "Sleep is fine already.", Now);

        Assert.Equal((1, 2), enrolment.Progress);
    }
}
