using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;

namespace Tandem.Web.Auth;

/// <summary>
/// Authenticator-app codes with a one-step window and replay protection (see <see cref="Totp"/>).
/// The accepted step is claimed with a conditional update, so two requests with one code cannot both win.
/// </summary>
public sealed class TotpTokenProvider(AppDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "TandemTotp";

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult(user.TwoFactorEnabled);

    // Codes come from the person's authenticator app; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var step = Totp.Verify(Base32.Decode(key), token, clock.GetUtcNow(), user.LastTotpStep);
        if (step is null)
        {
            return false;
        }

        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpStep == null || u.LastTotpStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastTotpStep, step));
        if (claimed == 1)
        {
            user.LastTotpStep = step; // keep the tracked copy in step, or Identity's next update would undo the claim
        }

        return claimed == 1;
    }
}
