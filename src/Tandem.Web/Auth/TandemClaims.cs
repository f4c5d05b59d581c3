using System.Security.Claims;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;

namespace Tandem.Web.Auth;

public static class TandemClaims
{
    public const string Organisation = "tandem:org";
    public const string Site = "tandem:site";
    public const string Team = "tandem:team";
    public const string Session = "tandem:sid";
    public const string Language = "tandem:lang";
    public const string DisplayName = "tandem:name";

    /// <summary>A therapist whose caseload the signed-in therapist covers today (added per request by <see cref="SessionCookieEvents"/>).</summary>
    public const string Covers = "tandem:covers";

    /// <summary>Identity adds amr=mfa when the sign-in included a second factor.</summary>
    public const string AuthenticationMethod = "amr";
    public const string Mfa = "mfa";

    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    public static bool HasMfa(this ClaimsPrincipal user) => user.HasClaim(AuthenticationMethod, Mfa);

    public static bool IsStaff(this ClaimsPrincipal user) => Roles.Staff.Any(r => user.IsInRole(r.ToString()));

    public static Viewer AsViewer(this ClaimsPrincipal user)
    {
        var roles = Enum.GetValues<Role>().Where(r => user.IsInRole(r.ToString())).ToHashSet();
        return new Viewer(
            user.UserId(),
            Guid.Parse(user.FindFirstValue(Organisation) ?? throw new InvalidOperationException("No organisation claim.")),
            OptionalGuid(user, Site),
            OptionalGuid(user, Team),
            roles,
            user.HasMfa(),
            user.FindAll(Covers).Select(c => Guid.Parse(c.Value)).ToHashSet());
    }

    private static Guid? OptionalGuid(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var id) ? id : null;
}
