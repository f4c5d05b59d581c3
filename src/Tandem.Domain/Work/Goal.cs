namespace Tandem.Domain.Work;

/// <summary>A treatment goal the patient wrote (CFS module 1, pain module 2), rated for progress in later modules.</summary>
public sealed class Goal
{
    public const int MaxTextLength = 300;

    private readonly List<GoalRating> _ratings = [];

    private Goal() { } // EF Core

    private Goal(Guid patientId, string moduleId, int position, string text, DateTimeOffset now)
    {
        PatientId = patientId;
        SetInModuleId = moduleId;
        Position = position;
        Text = text;
        CreatedAt = UpdatedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }

    /// <summary>The module in which the goal was written.</summary>
    public string SetInModuleId { get; private init; } = "";

    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<GoalRating> Ratings => [.. _ratings.OrderBy(r => r.At)];

    public GoalRating? Latest => _ratings.MaxBy(r => r.At);

    public GoalRating? RatingIn(string moduleId) => _ratings.FirstOrDefault(r => r.ModuleId == moduleId);

    /// <summary>
    /// Applies the goal texts a patient entered at a goal block: goal i takes text i, a blank text removes
    /// that goal, new texts become new goals. Returns the new goals and the removed ones.
    /// </summary>
    public static (IReadOnlyList<Goal> Added, IReadOnlyList<Goal> Removed) Set(
        Guid patientId, IReadOnlyList<Goal> existing, IReadOnlyList<string> texts, int maxGoals, string moduleId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(texts);
        var cleaned = texts.Select(t => t?.Trim() ?? "").ToList();
        if (cleaned.Any(t => t.Length > MaxTextLength))
        {
            throw new DomainRuleException(WorkRules.GoalText);
        }

        var wanted = cleaned.Where(t => t.Length > 0).ToList();
        if (wanted.Count > maxGoals)
        {
            throw new DomainRuleException(WorkRules.TooManyGoals);
        }

        var ordered = existing.OrderBy(g => g.Position).ToList();
        var added = new List<Goal>();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (i < ordered.Count)
            {
                ordered[i].Rewrite(wanted[i], i, now);
            }
            else
            {
                added.Add(new Goal(patientId, moduleId, i, wanted[i], now));
            }
        }

        return (added, ordered.Skip(wanted.Count).ToList());
    }

    /// <summary>Rates progress on a scale of 0 (not started) to 10 (reached); once per module, a new rating replaces it.</summary>
    public void Rate(int score, string moduleId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        if (score is < GoalRating.MinScore or > GoalRating.MaxScore)
        {
            throw new DomainRuleException(WorkRules.Score);
        }

        _ratings.RemoveAll(r => r.ModuleId == moduleId);
        _ratings.Add(new GoalRating(Id, score, moduleId, now));
    }

    private void Rewrite(string text, int position, DateTimeOffset now)
    {
        if (text != Text || position != Position)
        {
            Text = text;
            Position = position;
            UpdatedAt = now;
        }
    }
}

/// <summary>How far the patient felt they were towards a goal, given in a module.</summary>
public sealed class GoalRating
{
    public const int MinScore = 0;
    public const int MaxScore = 10;

    private GoalRating() { } // EF Core

    internal GoalRating(Guid goalId, int score, string moduleId, DateTimeOffset at)
    {
        GoalId = goalId;
        Score = score;
        ModuleId = moduleId;
        At = at;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid GoalId { get; private init; }
    public int Score { get; private init; }
    public string ModuleId { get; private init; } = "";
    public DateTimeOffset At { get; private init; }
}
