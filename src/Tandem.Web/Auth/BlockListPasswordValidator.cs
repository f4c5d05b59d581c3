using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Auth;

/// <summary>Applies <see cref="PasswordPolicy"/>; Identity's own composition rules are all switched off.</summary>
public sealed class BlockListPasswordValidator(PasswordPolicy policy, IStringLocalizer<Text> text) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var broken = policy.Check(password ?? "", user.Email, user.UserName, user.DisplayName);
        return Task.FromResult(broken.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. broken.Select(r => new IdentityError { Code = r.Code, Description = text[r.Code] })]));
    }

    /// <summary>The shipped list of common and breached passwords (Auth/Passwords/README.md).</summary>
    public static PasswordPolicy LoadPolicy()
    {
        using var stream = typeof(BlockListPasswordValidator).Assembly.GetManifestResourceStream("Tandem.CommonPasswords")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(100_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return new PasswordPolicy(words.ToFrozenSet(StringComparer.Ordinal));
    }
}
