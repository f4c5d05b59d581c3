namespace Tandem.Domain.Diaries;

/// <summary>The patient's three diaries.</summary>
public enum DiaryKind
{
    SleepWake,
    Activity,
    Symptoms,
}
