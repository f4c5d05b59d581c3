namespace Tandem.Domain.Accounts;

public static class PasswordRules
{
    public static readonly Rule TooShort = new("password.too-short", "Use at least 12 characters. A few words together make a strong, memorable password.");
    public static readonly Rule TooLong = new("password.too-long", "Use at most 256 characters.");
    public static readonly Rule Common = new("password.common", "This password is too common or appears in known data breaches. Choose another.");
    public static readonly Rule Personal = new("password.personal", "Do not use your e-mail address or name as your password.");
    public static readonly Rule Repetitive = new("password.repetitive", "This password repeats too few different characters. Choose another.");
}

/// <summary>
/// NIST SP 800-63B / ASVS 6.2: a minimum length, long passphrases allowed, no composition rules,
/// and a block-list of common and breached passwords.
/// </summary>
public sealed class PasswordPolicy(IReadOnlySet<string> blockList)
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    public IReadOnlyList<Rule> Check(string password, params IEnumerable<string?> personalWords)
    {
        ArgumentNullException.ThrowIfNull(password);
        var length = password.EnumerateRunes().Count();
        if (length < MinimumLength)
        {
            return [PasswordRules.TooShort];
        }

        if (length > MaximumLength)
        {
            return [PasswordRules.TooLong];
        }

        var lowered = password.ToLowerInvariant();
        var broken = new List<Rule>();
        if (blockList.Contains(lowered))
        {
            broken.Add(PasswordRules.Common);
        }

        if (password.Distinct().Count() < 4)
        {
            broken.Add(PasswordRules.Repetitive);
        }

        if (personalWords.Any(w => IsPersonal(lowered, w)))
        {
            broken.Add(PasswordRules.Personal);
        }

        return broken;
    }

    private static bool IsPersonal(string lowered, string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return false;
        }

        var candidate = word.Trim().ToLowerInvariant();
        var local = candidate.Split('@')[0];
        return lowered == candidate || (local.Length >= 4 && lowered == local);
    }
}
