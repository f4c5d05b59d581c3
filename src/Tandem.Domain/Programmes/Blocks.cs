namespace Tandem.Domain.Programmes;

/// <summary>A piece of a page. Texts are Markdown without raw HTML.</summary>
public abstract record Block;

public sealed record TextBlock(LocalizedText Text) : Block;

/// <summary>An image; <see cref="Src"/> is relative to the programme folder.</summary>
public sealed record ImageBlock(string Src, LocalizedText Alt) : Block;

public sealed record VideoBlock(Uri Url, LocalizedText Title) : Block;

public sealed record HomeworkBlock(string Id, LocalizedText Title, LocalizedText Text) : Block;

public enum DiaryType
{
    SleepWake,
    Activity,
    PainFatigue,
}

public sealed record DiaryPromptBlock(DiaryType Diary, LocalizedText Text) : Block;

public enum GoalMode
{
    /// <summary>The patient writes goals.</summary>
    Set,

    /// <summary>The patient rates progress on the goals set earlier.</summary>
    Rate,
}

public sealed record GoalBlock(string Id, GoalMode Mode, int? MaxGoals, LocalizedText Text) : Block;

/// <summary>The patient sends the exercises and goals named in <see cref="Includes"/> to the therapist.</summary>
public sealed record FeedbackMomentBlock(string Id, IReadOnlyList<string> Includes, LocalizedText Text) : Block;

/// <summary>Points to another module of the same programme.</summary>
public sealed record ModuleLinkBlock(string Module, LocalizedText Text) : Block;
