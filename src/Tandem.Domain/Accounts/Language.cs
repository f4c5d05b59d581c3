namespace Tandem.Domain.Accounts;

/// <summary>The languages every screen and all content exist in; the code is a culture name.</summary>
public static class Language
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Dutch, English];

    public static string Default => Dutch;

    public static bool IsSupported(string? code) => code is Dutch or English;
}
