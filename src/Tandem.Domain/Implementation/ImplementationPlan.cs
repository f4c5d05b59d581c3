namespace Tandem.Domain.Implementation;

/// <summary>
/// A site's implementation plan in the ItFits style: goals, the barriers it addresses (CFIR 2.0 construct ids), the ERIC
/// strategies chosen for them, actions with an owner and a due date, and the next review. Every change is recorded as a
/// <see cref="PlanChange"/>.
/// </summary>
public sealed class ImplementationPlan
{
    public const int MaxTitleLength = 120;
    public const int MaxGoalsLength = 2000;

    private ImplementationPlan() { } // EF Core

    public ImplementationPlan(Guid organisationId, Guid siteId, Guid createdById, string? title, string? goals, IEnumerable<string> barrierIds, IEnumerable<int> strategyIds, DateOnly? nextReviewOn, DateTimeOffset now)
    {
        OrganisationId = organisationId;
        SiteId = siteId;
        CreatedById = createdById;
        CreatedAt = now;
        Rename(title);
        SetGoals(goals);
        BarrierIds = [.. barrierIds.Distinct(StringComparer.Ordinal)];
        StrategyIds = [.. strategyIds.Distinct()];
        ScheduleReview(nextReviewOn, now);
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public Guid SiteId { get; private init; }
    public Guid CreatedById { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public string Title { get; private set; } = "";

    /// <summary>What the site wants to reach (free text, e.g. "20 patients a quarter start online").</summary>
    public string Goals { get; private set; } = "";

    public List<string> BarrierIds { get; private set; } = [];
    public List<int> StrategyIds { get; private set; } = [];
    public DateOnly? NextReviewOn { get; private set; }

    /// <summary>When the review reminder for <see cref="NextReviewOn"/> went out; cleared when the date changes.</summary>
    public DateTimeOffset? ReviewReminderSentAt { get; private set; }

    /// <summary>Concurrency token: two leads editing at once, the second is told.</summary>
    public int Version { get; private set; }

    public void Rename(string? title)
    {
        title = title?.Trim() ?? "";
        if (title.Length is 0 or > MaxTitleLength)
        {
            throw new DomainRuleException(ImplementationRules.PlanTitle);
        }

        Title = title;
        Version++;
    }

    public void SetGoals(string? goals)
    {
        goals = goals?.Trim() ?? "";
        if (goals.Length is 0 or > MaxGoalsLength)
        {
            throw new DomainRuleException(ImplementationRules.PlanGoals);
        }

        Goals = goals;
        Version++;
    }

    public void SetBarriers(IEnumerable<string> barrierIds)
    {
        BarrierIds = [.. barrierIds.Distinct(StringComparer.Ordinal)];
        Version++;
    }

    public bool AddStrategy(int strategyId)
    {
        if (StrategyIds.Contains(strategyId))
        {
            return false;
        }

        StrategyIds = [.. StrategyIds, strategyId];
        Version++;
        return true;
    }

    public bool RemoveStrategy(int strategyId)
    {
        if (!StrategyIds.Contains(strategyId))
        {
            return false;
        }

        StrategyIds = [.. StrategyIds.Where(id => id != strategyId)];
        Version++;
        return true;
    }

    public void ScheduleReview(DateOnly? on, DateTimeOffset now)
    {
        if (on is { } day && (day < ClinicCalendar.DateOf(now) || day > ClinicCalendar.DateOf(now).AddYears(2)))
        {
            throw new DomainRuleException(ImplementationRules.PlanReview);
        }

        if (on != NextReviewOn)
        {
            ReviewReminderSentAt = null;
        }

        NextReviewOn = on;
        Version++;
    }
}

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
}

/// <summary>A concrete step of a plan: what, for which strategy, who, by when; its owner is reminded before it is due.</summary>
public sealed class PlanAction
{
    public const int MaxDescriptionLength = 300;

    private PlanAction() { } // EF Core

    public PlanAction(Guid planId, int? strategyId, string? description, Guid ownerId, DateOnly dueOn, DateTimeOffset now)
    {
        PlanId = planId;
        StrategyId = strategyId;
        OwnerId = ownerId;
        CreatedAt = now;
        Edit(description, dueOn, now);
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PlanId { get; private init; }
    public int? StrategyId { get; private init; }
    public string Description { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>When the owner was reminded of <see cref="DueOn"/>; cleared when the date or owner changes.</summary>
    public DateTimeOffset? ReminderSentAt { get; private set; }

    public bool IsOpen => Status is ActionStatus.Open or ActionStatus.InProgress;

    public void Edit(string? description, DateOnly dueOn, DateTimeOffset now)
    {
        description = description?.Trim() ?? "";
        if (description.Length is 0 or > MaxDescriptionLength)
        {
            throw new DomainRuleException(ImplementationRules.ActionDescription);
        }

        if (dueOn < ClinicCalendar.DateOf(now).AddDays(-1) || dueOn > ClinicCalendar.DateOf(now).AddYears(2))
        {
            throw new DomainRuleException(ImplementationRules.ActionDue);
        }

        if (dueOn != DueOn)
        {
            ReminderSentAt = null;
        }

        Description = description;
        DueOn = dueOn;
    }

    public void Assign(Guid ownerId)
    {
        if (ownerId != OwnerId)
        {
            OwnerId = ownerId;
            ReminderSentAt = null;
        }
    }

    public void SetStatus(ActionStatus status, DateTimeOffset now)
    {
        Status = status;
        DoneAt = status == ActionStatus.Done ? DoneAt ?? now : null;
    }
}

public enum PlanChangeKind
{
    Created,
    Renamed,
    GoalsChanged,
    BarriersChanged,
    StrategyAdded,
    StrategyRemoved,
    ActionAdded,
    ActionChanged,
    ActionStatusChanged,
    ReviewScheduled,
    Reviewed,
}

/// <summary>One line of a plan's history: who changed what, when, with a short detail in the plan's own words.</summary>
public sealed class PlanChange
{
    public const int MaxDetailLength = 1000;

    private PlanChange() { } // EF Core

    public PlanChange(Guid planId, Guid byUserId, PlanChangeKind kind, string? detail, DateTimeOffset now, ActionStatus? status = null)
    {
        detail = detail?.Trim();
        if (detail?.Length > MaxDetailLength)
        {
            throw new DomainRuleException(ImplementationRules.ReviewNote);
        }

        PlanId = planId;
        ByUserId = byUserId;
        Kind = kind;
        Detail = string.IsNullOrEmpty(detail) ? null : detail;
        Status = status;
        At = now;
    }

    public long Id { get; private init; }
    public Guid PlanId { get; private init; }
    public Guid ByUserId { get; private init; }
    public PlanChangeKind Kind { get; private init; }
    /// <summary>What the change was about in the words of the plan (a title, an action, a review note; dates as yyyy-MM-dd).</summary>
    public string? Detail { get; private init; }

    /// <summary>For a status change: the new status (shown in the reader's language).</summary>
    public ActionStatus? Status { get; private init; }

    public DateTimeOffset At { get; private init; }
}
