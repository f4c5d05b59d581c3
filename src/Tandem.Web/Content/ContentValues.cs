using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>The words content files use for enumerations.</summary>
internal static class ContentValues
{
    public static readonly Dictionary<string, Selection> Selections = new()
    {
        ["sequential"] = Selection.Sequential,
        ["tailored"] = Selection.Tailored,
    };

    public static readonly Dictionary<string, ReviewStatus> ReviewStatuses = new()
    {
        ["draft"] = ReviewStatus.Draft,
        ["reviewed"] = ReviewStatus.Reviewed,
    };

    public static readonly Dictionary<string, DiaryType> Diaries = new()
    {
        ["sleep-wake"] = DiaryType.SleepWake,
        ["activity"] = DiaryType.Activity,
        ["pain-fatigue"] = DiaryType.PainFatigue,
    };

    public static readonly Dictionary<string, GoalMode> GoalModes = new()
    {
        ["set"] = GoalMode.Set,
        ["rate"] = GoalMode.Rate,
    };

    public static readonly Dictionary<string, FieldKind> FieldKinds = new()
    {
        ["text"] = FieldKind.Text,
        ["longtext"] = FieldKind.LongText,
        ["choice"] = FieldKind.Choice,
        ["multichoice"] = FieldKind.MultiChoice,
        ["scale"] = FieldKind.Scale,
        ["time"] = FieldKind.Time,
        ["number"] = FieldKind.Number,
    };
}
