using Microsoft.AspNetCore.Identity;
using Tandem.Domain.Accounts;

namespace Tandem.Web.Data;

/// <summary>A person who can sign in: staff member or patient. Roles live in Identity's role tables.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public Guid OrganisationId { get; set; }
    public Guid? SiteId { get; set; }
    public Guid? TeamId { get; set; }
    public string DisplayName { get; set; } = "";
    public string Language { get; set; } = Tandem.Domain.Accounts.Language.Default;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>The last TOTP time step accepted, so a code can never be used twice.</summary>
    public long? LastTotpStep { get; set; }

    /// <summary>A trainee: their feedback waits for a supervisor's approval before the patient sees it.</summary>
    public bool FeedbackNeedsApproval { get; set; }

    public int FailedSignInCount { get; set; }
    public DateTimeOffset? SignInPausedUntil { get; set; }

    public bool IsPaused(DateTimeOffset now) => SignInPausedUntil > now;

    public void RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignInCount++;
        var pause = SignInBackoff.PauseAfter(FailedSignInCount);
        SignInPausedUntil = pause > TimeSpan.Zero ? now + pause : null;
    }

    public void RecordSuccessfulSignIn()
    {
        FailedSignInCount = 0;
        SignInPausedUntil = null;
    }
}
