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

        return await CreateUserAsync(users, organisation.Id, site.Id, team.Id, Role.Therapist, withAuthenticator, now);
    }

    /// <summary>A member of staff with an authenticator, in the same site and team as <paramref name="colleague"/>.</summary>
    public async Task<StaffMember> CreateColleagueAsync(StaffMember colleague, Role role, string? displayName = null)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var of = await users.FindByEmailAsync(colleague.Email) ?? throw new InvalidOperationException("No such colleague.");
        return await CreateUserAsync(users, of.OrganisationId, of.SiteId!.Value, of.TeamId!.Value, role, withAuthenticator: true, TimeProvider.System.GetUtcNow(), displayName);
    }

    private static async Task<StaffMember> CreateUserAsync(
        UserManager<AppUser> users, Guid organisationId, Guid siteId, Guid teamId, Role role, bool withAuthenticator, DateTimeOffset now, string? displayName = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"{role.ToString().ToLowerInvariant()}-{suffix}@test.tandem.nl";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName ?? $"Thera Pist {suffix}",
            OrganisationId = organisationId,
            SiteId = siteId,
            TeamId = teamId,
            Language = Language.English, // sign-in switches to the account's language
            CreatedAt = now,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role.ToString()));

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
