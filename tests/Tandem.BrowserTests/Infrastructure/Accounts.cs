using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;
using Tandem.Web.Data;

namespace Tandem.BrowserTests.Infrastructure;

public sealed record StaffMember(string Email, string Password, string DisplayName, string? TotpKey)
{
    /// <summary>The code an authenticator app shows right now.</summary>
    public string CurrentCode() => CodeFor(TotpKey ?? throw new InvalidOperationException("No authenticator key."));

    public static string CodeFor(string key) =>
        Totp.Code(Base32.Decode(key), Totp.StepAt(TimeProvider.System.GetUtcNow()));
}

/// <summary>Test data made through the app's own services, each therapist in an organisation of their own.</summary>
public sealed class Accounts(IServiceProvider services)
{
    public const string Password = "quiet harbour lanterns drift past seven bridges";

    public async Task<StaffMember> CreateTherapistAsync(bool withAuthenticator)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = TimeProvider.System.GetUtcNow();
        var suffix = Guid.NewGuid().ToString("N")[..8];

        var organisation = new Organisation($"Clinic {suffix}");
        var site = new Site(organisation.Id, $"Site {suffix}", "Utrecht");
        var team = new Team(site.Id, $"Team {suffix}");
        db.AddRange(organisation, site);
        db.Add(team);
        await db.SaveChangesAsync();

        var user = new AppUser
        {
            UserName = $"therapist-{suffix}@test.tandem.nl",
            Email = $"therapist-{suffix}@test.tandem.nl",
            EmailConfirmed = true,
            DisplayName = $"Thera Pist {suffix}",
            OrganisationId = organisation.Id,
            SiteId = site.Id,
            TeamId = team.Id,
            Language = Language.English, // sign-in switches to the account's language
            CreatedAt = now,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, nameof(Role.Therapist)));

        string? key = null;
        if (withAuthenticator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new StaffMember(user.Email, Password, user.DisplayName, key);
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
}
