using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;

namespace Tandem.Web.Auth;

/// <summary>
/// Adds to a signed-in therapist, on each request, the colleagues whose caseload they cover today (absence cover),
/// so <see cref="TandemClaims.AsViewer"/> and every scoped query include those patients for exactly the cover period.
/// One indexed query per request; nothing is cached, so a cover period takes effect and ends at once.
/// </summary>
public sealed class CoverClaims(AppDbContext db, TimeProvider clock) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!principal.IsInRole(nameof(Role.Therapist)) || principal.HasClaim(c => c.Type == TandemClaims.CoverChecked))
        {
            return principal;
        }

        var userId = principal.UserId();
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        var covered = await db.CoverPeriods.AsNoTracking()
            .Where(c => c.CoveringTherapistId == userId && c.Until >= today && c.From <= today)
            .Select(c => c.TherapistId)
            .Distinct()
            .ToListAsync();
        var identity = new ClaimsIdentity();
        identity.AddClaim(new Claim(TandemClaims.CoverChecked, "1"));
        identity.AddClaims(covered.Select(id => new Claim(TandemClaims.Covers, id.ToString())));
        principal.AddIdentity(identity);
        return principal;
    }
}
