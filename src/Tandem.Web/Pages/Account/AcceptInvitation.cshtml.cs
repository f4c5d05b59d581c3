using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>
/// Turns a single-use invitation into an account: the person chooses a password and is signed in.
/// Unknown or tampered links are not found; used, expired or withdrawn ones say so (410).
/// </summary>
[EnableRateLimiting(WebSetup.AuthRateLimit)]
public sealed class AcceptInvitationModel(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public Rule? Problem { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var invitation = await LoadAsync();
        if (invitation is null)
        {
            return NotFound();
        }

        if (Problem is not null || !ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new AppUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = invitation.DisplayName,
            OrganisationId = invitation.OrganisationId,
            SiteId = invitation.SiteId,
            TeamId = invitation.TeamId,
            Language = UiLanguage.Current,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            NewPasswordInput.AddErrors(ModelState, nameof(Input), created.Errors);
            return Page();
        }

        await users.AddToRolesAsync(user, invitation.Roles.Select(r => r.ToString()));
        invitation.Accept(Token, user.Id, now);
        if (invitation.PatientId is { } patientId)
        {
            var patient = await db.Patients.SingleAsync(p => p.Id == patientId);
            patient.LinkAccount(user.Id, now);
            user.TeamId = patient.TeamId;
            user.SiteId = patient.SiteId;
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(invitation.Kind == InvitationKind.Staff ? "/Account/Manage/TwoFactor" : "/Patient");
    }

    private async Task<Invitation?> LoadAsync()
    {
        var hash = Invitation.Hash(Token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null || !invitation.Matches(Token))
        {
            return null;
        }

        DisplayName = invitation.DisplayName;
        Email = invitation.Email;
        Problem = invitation.AcceptBlocker(clock.GetUtcNow());
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        return invitation;
    }
}
