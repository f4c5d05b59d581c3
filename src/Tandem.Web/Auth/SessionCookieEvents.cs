using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;

namespace Tandem.Web.Auth;

/// <summary>
/// Ties every sign-in cookie to a <see cref="UserSession"/> row, so idle and absolute limits, sign-out
/// and account disabling take effect on the server at the next request (ASVS 7.3, 7.4).
/// </summary>
public sealed class SessionCookieEvents(AppDbContext db, TimeProvider clock) : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        var principal = context.Principal ?? throw new InvalidOperationException("No principal to sign in.");
        var now = clock.GetUtcNow();
        await EndAsync(context.HttpContext.User, now, SessionEndReason.SignedOut);

        var session = new UserSession(principal.UserId(), principal.IsStaff(), now);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TandemClaims.Session, session.Id.ToString()));
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = clock.GetUtcNow();
        var session = await FindAsync(context.Principal);
        if (session is null || !session.Check(now))
        {
            await db.SaveChangesAsync();
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (session.NeedsTouch(now))
        {
            session.Touch(now);
            await db.SaveChangesAsync();
        }
    }

    public override Task SigningOut(CookieSigningOutContext context) =>
        EndAsync(context.HttpContext.User, clock.GetUtcNow(), SessionEndReason.SignedOut);

    private async Task EndAsync(ClaimsPrincipal? user, DateTimeOffset now, SessionEndReason reason)
    {
        if (await FindAsync(user) is { EndedAt: null } session)
        {
            session.End(now, reason);
            await db.SaveChangesAsync();
        }
    }

    private async Task<UserSession?> FindAsync(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirst(TandemClaims.Session)?.Value, out var id)
            ? await db.UserSessions.SingleOrDefaultAsync(s => s.Id == id)
            : null;
}

public static class UserSessions
{
    /// <summary>Ends every open session of a person at once, e.g. when their account is disabled.</summary>
    public static Task<int> EndAllAsync(this AppDbContext db, Guid userId, DateTimeOffset now, SessionEndReason reason) =>
        db.UserSessions
            .Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason));
}
