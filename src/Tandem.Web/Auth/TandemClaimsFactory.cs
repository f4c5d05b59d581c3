using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tandem.Web.Data;

namespace Tandem.Web.Auth;

/// <summary>Puts the person's place in the organisation into the cookie, so scopes need no extra query.</summary>
public sealed class TandemClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TandemClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(TandemClaims.Language, user.Language));
        identity.AddClaim(new Claim(TandemClaims.DisplayName, user.DisplayName));
        if (user.SiteId is { } site)
        {
            identity.AddClaim(new Claim(TandemClaims.Site, site.ToString()));
        }

        if (user.TeamId is { } team)
        {
            identity.AddClaim(new Claim(TandemClaims.Team, team.ToString()));
        }

        return identity;
    }
}
