using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;

namespace Tandem.Web.Auth;

/// <summary>
/// Ties every sign-in cookie to a <see cref="UserSession"/> row, so idle and absolute limits, sign-out
/// and account disabling take effect on the server at the next request (ASVS 7.3, 7.4). For a therapist the same
/// query also reads the colleagues whose caseload they cover today (absence cover), added as claims, so
/// <see cref="TandemClaims.AsViewer"/> and every scoped query include those patients for exactly the cover period:
/// one round trip per request for both, nothing cached.
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
        var (session, covered) = await FindWithCoverAsync(context.Principal, ClinicCalendar.DateOf(now));
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

        if (covered is not null)
        {
            var cover = new ClaimsIdentity();
            cover.AddClaims(covered.Distinct().Select(id => new Claim(TandemClaims.Covers, id.ToString())));
            context.Principal!.AddIdentity(cover);
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

    /// <summary>The session and, for a therapist, whom they cover on <paramref name="today"/> (null for everyone else).</summary>
    private async Task<(UserSession? Session, List<Guid>? Covered)> FindWithCoverAsync(ClaimsPrincipal? user, DateOnly today)
    {
        if (user is null || !user.IsInRole(nameof(Role.Therapist)) || !Guid.TryParse(user.FindFirst(TandemClaims.Session)?.Value, out var id))
        {
            return (await FindAsync(user), null);
        }

        var found = await db.UserSessions
            .Where(s => s.Id == id)
            .Select(s => new
            {
                Session = s,
                Covered = db.CoverPeriods
                    .Where(c => c.CoveringTherapistId == s.UserId && c.Until >= today && c.From <= today)
                    .Select(c => c.TherapistId)
                    .ToList(),
            })
            .SingleOrDefaultAsync();
        return (found?.Session, found?.Covered);
    }
}

public static class UserSessions
{
    /// <summary>Ends every open session of a person at once, e.g. when their account is disabled.</summary>
    public static Task<int> EndAllAsync(this AppDbContext db, Guid userId, DateTimeOffset now, SessionEndReason reason) =>
        db.UserSessions
            .Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason));
}
