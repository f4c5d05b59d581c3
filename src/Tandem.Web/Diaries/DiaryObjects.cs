namespace Tandem.Web.Diaries;

/// <summary>The diaries' object types in the audit log (each has an <c>audit.object.*</c> text).</summary>
public static class DiaryObjects
{
    public const string SleepWake = "SleepWakeEntry";
    public const string Activity = "ActivityEntry";
    public const string Symptoms = "SymptomEntry";
    public const string Target = "ActivityTarget";
    public const string Overview = "Diaries";
}
