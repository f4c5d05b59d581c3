using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>A starting text for feedback on one module, with placeholders and gaps the therapist fills in.</summary>
public sealed record FeedbackTemplate(string Id, LocalizedText Title, LocalizedText Text);

/// <summary>A finished piece of feedback for a made-up patient, showing what good feedback on the module looks like.</summary>
public sealed record FeedbackExample(string Id, LocalizedText Title, LocalizedText Situation, LocalizedText Feedback);

/// <summary>One point of tone guidance shown beside the feedback editor.</summary>
public sealed record TonePoint(string Id, LocalizedText Title, LocalizedText Text);

public sealed record ModuleFeedbackGuide(IReadOnlyList<FeedbackTemplate> Templates, IReadOnlyList<FeedbackExample> Examples)
{
    public static ModuleFeedbackGuide None { get; } = new([], []);
}

/// <summary>The feedback support shipped as content (format: content/FEEDBACK.md): per-module templates and examples, and tone guidance.</summary>
public sealed class FeedbackGuide(IReadOnlyDictionary<string, ModuleFeedbackGuide> modules, IReadOnlyList<TonePoint> tone)
{
    public IReadOnlyList<TonePoint> Tone { get; } = tone;

    public ModuleFeedbackGuide For(string moduleId) => modules.GetValueOrDefault(moduleId) ?? ModuleFeedbackGuide.None;
}
