namespace Tandem.Domain.Treatment;

public static class TreatmentRules
{
    public static readonly Rule AlreadyEnrolled = new("treatment.already-enrolled", "This patient already follows a programme.");
    public static readonly Rule IntakeIncomplete = new("treatment.intake-incomplete", "Complete the intake checklist before enrolling.");
    public static readonly Rule NoModulesSelected = new("treatment.no-modules", "Choose at least one module.");
    public static readonly Rule UnknownProfileFlag = new("treatment.unknown-flag", "This intake profile flag is not part of the programme.");
    public static readonly Rule UnknownModule = new("treatment.unknown-module", "This module is not part of the programme.");
    public static readonly Rule ScheduleInterval = new("treatment.schedule-interval", "A schedule needs an interval of 1 to 60 days.");
    public static readonly Rule ReasonRequired = new("treatment.reason-required", "Give a reason for this change; it is kept for fidelity reporting.");
    public static readonly Rule NotLocked = new("treatment.not-locked", "This module is already open.");
    public static readonly Rule GuidanceUnchanged = new("treatment.guidance-unchanged", "The treatment already has this kind of guidance.");
    public static readonly Rule NotOpen = new("treatment.not-open", "This module is not open.");
    public static readonly Rule VariantNotChosen = new("treatment.variant-not-chosen", "Choose the variant of this module first.");
    public static readonly Rule NotAVariantStep = new("treatment.not-variant", "This module has no variants.");
    public static readonly Rule AlreadyInPlan = new("treatment.already-planned", "This module is already in the plan.");
    public static readonly Rule EndNoteRequired = new("treatment.end-note-required", "Say in a short note why the treatment ended (at most 1,000 characters).");
    public static readonly Rule Ended = new("treatment.ended", "This treatment has ended.");
}
