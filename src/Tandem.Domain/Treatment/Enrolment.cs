using Tandem.Domain.Programmes;

namespace Tandem.Domain.Treatment;

public enum EnrolmentStatus
{
    Active,
    Ended,
}

/// <summary>How a treatment ended, as the therapist recorded it (the RE-AIM completion and dropout figures count these).</summary>
public enum TreatmentEnding
{
    /// <summary>The patient finished the programme.</summary>
    Completed,

    /// <summary>The patient stopped before finishing (dropout).</summary>
    StoppedEarly,

    /// <summary>Stepped up to face-to-face treatment before or at the end of the programme.</summary>
    SteppedUp,

    /// <summary>Ended for another reason (e.g. referred elsewhere); the note says which.</summary>
    Other,
}

/// <summary>
/// A patient following one programme: the choices made at intake and the patient's own plan of modules.
/// Opening modules (by schedule, on completion, or by the therapist) and every change the therapist makes
/// to the plan go through here, so the rules and the adaptation log cannot be bypassed.
/// </summary>
public sealed class Enrolment
{
    private readonly List<PlannedModule> _modules = [];
    private readonly List<Adaptation> _adaptations = [];

    private Enrolment() { } // EF Core

    private Enrolment(Guid patientId, Programme programme, EnrolmentChoices choices, Guid byUserId, DateTimeOffset now)
    {
        PatientId = patientId;
        ProgrammeId = programme.Id;
        ProgrammeVersion = programme.Version;
        Guidance = choices.Guidance;
        Unlock = choices.Unlock;
        ScheduleIntervalDays = choices.Unlock == UnlockMode.Schedule ? choices.ScheduleIntervalDays : null;
        StartsOn = choices.StartsOn;
        ProgrammeExplained = choices.Intake.ProgrammeExplained;
        FormatDiscussed = choices.Intake.FormatDiscussed;
        GoalsAgreed = choices.Intake.GoalsAgreed;
        ProfileFlags = [.. choices.ProfileFlags.Distinct(StringComparer.Ordinal)];
        EnrolledByUserId = byUserId;
        EnrolledAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public string ProgrammeId { get; private init; } = "";

    /// <summary>The programme version at enrolment, so later content changes can be traced.</summary>
    public int ProgrammeVersion { get; private init; }

    public GuidanceMode Guidance { get; private set; }
    public UnlockMode Unlock { get; private set; }
    public int? ScheduleIntervalDays { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public bool ProgrammeExplained { get; private init; }
    public bool FormatDiscussed { get; private init; }
    public bool GoalsAgreed { get; private init; }
    public IReadOnlyList<string> ProfileFlags { get; private init; } = [];
    public Guid EnrolledByUserId { get; private init; }
    public DateTimeOffset EnrolledAt { get; private init; }
    public EnrolmentStatus Status { get; private set; } = EnrolmentStatus.Active;
    public DateTimeOffset? EndedAt { get; private set; }
    public TreatmentEnding? Ending { get; private set; }
    public string? EndNote { get; private set; }
    public Guid? EndedByUserId { get; private set; }

    /// <summary>The plan in order.</summary>
    public IReadOnlyList<PlannedModule> Modules => [.. _modules.OrderBy(m => m.Position)];

    /// <summary>Adaptations made in this unit of work (the log itself is queried separately).</summary>
    public IReadOnlyList<Adaptation> NewAdaptations => _adaptations;

    /// <summary>The modules the patient sees, in order.</summary>
    public IEnumerable<PlannedModule> Path => Modules.Where(m => !m.Hidden);

    /// <summary>The open module the patient should work on now, if any: the first open one in the path.</summary>
    public PlannedModule? Current => Path.FirstOrDefault(m => m.Status == ModuleStatus.Open);

    public (int Completed, int Total) Progress
    {
        get
        {
            var inPath = Modules.Where(m => m.IsInPath).ToList();
            return (inPath.Count(m => m.Status == ModuleStatus.Completed), inPath.Count);
        }
    }

    public static Enrolment Start(Guid patientId, Programme programme, EnrolmentChoices choices, Guid byUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(choices);
        if (!choices.Intake.IsComplete)
        {
            throw new DomainRuleException(TreatmentRules.IntakeIncomplete);
        }

        if (choices.Unlock == UnlockMode.Schedule
            && choices.ScheduleIntervalDays is not (>= 1 and <= EnrolmentChoices.MaxScheduleIntervalDays))
        {
            throw new DomainRuleException(TreatmentRules.ScheduleInterval);
        }

        var knownFlags = programme.ProfileFlags.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        if (choices.ProfileFlags.Any(flag => !knownFlags.Contains(flag)))
        {
            throw new DomainRuleException(TreatmentRules.UnknownProfileFlag);
        }

        var enrolment = new Enrolment(patientId, programme, choices, byUserId, now);
        var steps = programme.Selection == Selection.Sequential ? programme.Steps : SelectedSteps(programme, choices.SelectedModules);
        foreach (var step in steps)
        {
            var moduleId = step is ModuleStep single ? single.Module : null;
            enrolment._modules.Add(new PlannedModule(enrolment.Id, step.Id, moduleId, enrolment._modules.Count, added: false));
        }

        enrolment.Refresh(now);
        return enrolment;
    }

    /// <summary>
    /// Opens what is due today (the clinic's day of <paramref name="now"/>) by the plan's unlock mode. Called
    /// whenever the plan is shown, so a schedule needs no background job. Returns whether anything opened.
    /// </summary>
    public bool Refresh(DateTimeOffset now)
    {
        var today = ClinicCalendar.DateOf(now);
        if (Status == EnrolmentStatus.Ended || today < StartsOn)
        {
            return false;
        }

        var opened = false;
        var path = Modules.Where(m => m.IsInPath).ToList();
        for (var i = 0; i < path.Count; i++)
        {
            var module = path[i];
            if (module.Status != ModuleStatus.Locked || !module.IsResolved)
            {
                continue;
            }

            var due = i == 0 || Unlock switch
            {
                UnlockMode.OnCompletion => path.Take(i).All(m => m.Status == ModuleStatus.Completed),
                UnlockMode.Schedule => today >= StartsOn.AddDays(i * ScheduleIntervalDays!.Value),
                _ => false,
            };
            if (due)
            {
                module.Open(now);
                opened = true;
            }
        }

        return opened;
    }

    /// <summary>The patient finished an open module; on completion the next one may open.</summary>
    public void Complete(string moduleId, DateTimeOffset now)
    {
        var module = Find(moduleId);
        if (module.Status != ModuleStatus.Open)
        {
            throw new DomainRuleException(TreatmentRules.NotOpen);
        }

        module.Status = ModuleStatus.Completed;
        module.CompletedAt = now;
        Refresh(now);
    }

    public void UnlockModule(string moduleId, Guid byUserId, string? reason, DateTimeOffset now)
    {
        if (reason?.Length > Adaptation.MaxReasonLength)
        {
            throw new DomainRuleException(TreatmentRules.ReasonRequired);
        }

        var module = Find(moduleId);
        if (module.Status != ModuleStatus.Locked)
        {
            throw new DomainRuleException(TreatmentRules.NotLocked);
        }

        if (!module.IsResolved)
        {
            throw new DomainRuleException(TreatmentRules.VariantNotChosen);
        }

        module.Open(now);
        Log(AdaptationKind.Unlocked, moduleId, null, reason, byUserId, now);
    }

    public void Hide(string moduleId, Guid byUserId, string reason, DateTimeOffset now)
    {
        RequireReason(reason);
        Find(moduleId).Hidden = true;
        Log(AdaptationKind.Hidden, moduleId, null, reason, byUserId, now);
        Refresh(now);
    }

    public void Show(string moduleId, Guid byUserId, string reason, DateTimeOffset now)
    {
        RequireReason(reason);
        Find(moduleId).Hidden = false;
        Log(AdaptationKind.Shown, moduleId, null, reason, byUserId, now);
        Refresh(now);
    }

    /// <summary>Skips a module that is not completed; with unlock-on-completion the next one may open.</summary>
    public void Skip(string moduleId, Guid byUserId, string reason, DateTimeOffset now)
    {
        RequireReason(reason);
        var module = Find(moduleId);
        if (module.Status == ModuleStatus.Completed)
        {
            throw new DomainRuleException(TreatmentRules.NotOpen);
        }

        module.Status = ModuleStatus.Skipped;
        Log(AdaptationKind.Skipped, moduleId, null, reason, byUserId, now);
        Refresh(now);
    }

    /// <summary>Switches between protocol-driven feedback (with deadlines on the worklist) and feedback on demand.</summary>
    public void ChangeGuidance(GuidanceMode mode, Guid byUserId, string reason, DateTimeOffset now)
    {
        RequireReason(reason);
        if (mode == Guidance)
        {
            throw new DomainRuleException(TreatmentRules.GuidanceUnchanged);
        }

        Guidance = mode;
        Log(AdaptationKind.GuidanceChanged, "", mode.ToString(), reason, byUserId, now);
    }

    /// <summary>Moves a module to <paramref name="newIndex"/> (0-based) in the plan.</summary>
    public void Move(string moduleId, int newIndex, Guid byUserId, string reason, DateTimeOffset now)
    {
        RequireReason(reason);
        var module = Find(moduleId);
        var order = Modules.ToList();
        order.Remove(module);
        order.Insert(Math.Clamp(newIndex, 0, order.Count), module);
        for (var i = 0; i < order.Count; i++)
        {
            order[i].Position = i;
        }

        Log(AdaptationKind.Moved, moduleId, module.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), reason, byUserId, now);
        Refresh(now);
    }

    /// <summary>Adds a module of the programme that is not in the plan yet, at the end, locked.</summary>
    public void Add(Programme programme, string moduleId, Guid byUserId, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        RequireReason(reason);
        RequireActive();
        if (programme.FindModule(moduleId) is null)
        {
            throw new DomainRuleException(TreatmentRules.UnknownModule);
        }

        if (_modules.Any(m => m.ModuleId == moduleId))
        {
            throw new DomainRuleException(TreatmentRules.AlreadyInPlan);
        }

        _modules.Add(new PlannedModule(Id, moduleId, moduleId, _modules.Count, added: true));
        Log(AdaptationKind.Added, moduleId, null, reason, byUserId, now);
        Refresh(now);
    }

    /// <summary>
    /// Records the variant of a variant step (CFS module 5: by the patient's activity pattern). <paramref name="basis"/>
    /// optionally says what the choice rests on (a questionnaire, an activity summary).
    /// </summary>
    public void ChooseVariant(Programme programme, string stepId, string variantModuleId, Guid byUserId, DateTimeOffset now, string? basis = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        RequireActive();
        var step = programme.Steps.OfType<VariantStep>().FirstOrDefault(s => s.Id == stepId)
            ?? throw new DomainRuleException(TreatmentRules.NotAVariantStep);
        if (step.Variants.All(v => v.Module != variantModuleId))
        {
            throw new DomainRuleException(TreatmentRules.UnknownModule);
        }

        var place = _modules.FirstOrDefault(m => m.StepId == stepId)
            ?? throw new DomainRuleException(TreatmentRules.UnknownModule);
        if (place.Status != ModuleStatus.Locked)
        {
            throw new DomainRuleException(TreatmentRules.NotLocked);
        }

        if (_modules.Any(m => m.ModuleId == variantModuleId))
        {
            throw new DomainRuleException(TreatmentRules.AlreadyInPlan);
        }

        if (basis?.Length > Adaptation.MaxReasonLength)
        {
            throw new DomainRuleException(TreatmentRules.ReasonRequired);
        }

        place.ModuleId = variantModuleId;
        Log(AdaptationKind.VariantChosen, variantModuleId, stepId, basis, byUserId, now);
        Refresh(now);
    }

    /// <summary>
    /// Ends the treatment: nothing opens any more and the end measurements become due. Every ending but completion needs a
    /// note, kept for the completion and dropout figures.
    /// </summary>
    public void End(TreatmentEnding ending, Guid byUserId, string? note, DateTimeOffset now)
    {
        RequireActive();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if ((note is null && ending != TreatmentEnding.Completed) || note?.Length > Adaptation.MaxReasonLength)
        {
            throw new DomainRuleException(TreatmentRules.EndNoteRequired);
        }

        Status = EnrolmentStatus.Ended;
        EndedAt = now;
        Ending = ending;
        EndNote = note;
        EndedByUserId = byUserId;
    }

    /// <summary>Finds a place in the plan by module id, or by step id for an unresolved variant step.</summary>
    public PlannedModule Find(string moduleId)
    {
        RequireActive();
        return _modules.FirstOrDefault(m => m.ModuleId == moduleId)
            ?? _modules.FirstOrDefault(m => m.StepId == moduleId)
            ?? throw new DomainRuleException(TreatmentRules.UnknownModule);
    }

    private static IEnumerable<ProgrammeStep> SelectedSteps(Programme programme, IReadOnlyList<string> selected)
    {
        if (selected.Count == 0)
        {
            throw new DomainRuleException(TreatmentRules.NoModulesSelected);
        }

        var known = programme.Steps.SelectMany(s => s.ModuleIds).ToHashSet(StringComparer.Ordinal);
        if (selected.Any(id => !known.Contains(id)))
        {
            throw new DomainRuleException(TreatmentRules.UnknownModule);
        }

        return programme.Steps.Where(s => s.ModuleIds.Any(selected.Contains));
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Adaptation.MaxReasonLength)
        {
            throw new DomainRuleException(TreatmentRules.ReasonRequired);
        }
    }

    private void RequireActive()
    {
        if (Status == EnrolmentStatus.Ended)
        {
            throw new DomainRuleException(TreatmentRules.Ended);
        }
    }

    private void Log(AdaptationKind kind, string moduleId, string? detail, string? reason, Guid byUserId, DateTimeOffset now) =>
        _adaptations.Add(new Adaptation(Id, kind, moduleId, detail, reason, byUserId, now));
}
