using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;

namespace Tandem.Web.Pages.Admin.Staff;

/// <summary>An administrator invites a colleague with one or more staff roles, optionally in a team.</summary>
public sealed class InviteStaffModel(
    AppDbContext db, AccountMail mail, TimeProvider clock, IOptions<AppOptions> options, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> TeamOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadTeamsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var organisationId = User.AsViewer().OrganisationId;
        await LoadTeamsAsync(ct);
        var team = Input.TeamId is { } teamId
            ? await db.Teams.Where(t => t.Id == teamId && db.Sites.Any(s => s.Id == t.SiteId && s.OrganisationId == organisationId)).SingleOrDefaultAsync(ct)
            : null;
        if (Input.TeamId is not null && team is null)
        {
            ModelState.AddModelError("Input.TeamId", text["validation.invalid"]);
        }

        if (Input.Roles.Any(r => r != Role.OrgAdmin) && team is null)
        {
            ModelState.AddModelError("Input.TeamId", text["admin.invite.team-required"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var normalized = email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            ModelState.AddModelError("Input.Email", text["invite-patient.email-taken"]);
            return Page();
        }

        var issued = Invitation.ForStaff(
            organisationId, team?.SiteId, team?.Id, email, Input.DisplayName, Input.Roles, User.UserId(),
            clock.GetUtcNow(), TimeSpan.FromDays(options.Value.InvitationValidDays));
        db.Invitations.Add(issued.Invitation);
        await db.SaveChangesAsync(ct);
        await mail.SendInvitationAsync(issued, ct);
        TempData[Flash.Info] = text["admin.invite.sent", Input.DisplayName].Value;
        return RedirectToPage("/Admin/Staff/Index");
    }

    private async Task LoadTeamsAsync(CancellationToken ct)
    {
        var organisationId = User.AsViewer().OrganisationId;
        var teams = await db.Teams
            .Join(db.Sites.Where(s => s.OrganisationId == organisationId), t => t.SiteId, s => s.Id, (t, s) => new { t.Id, Label = s.Name + " – " + t.Name })
            .OrderBy(t => t.Label)
            .ToListAsync(ct);
        TeamOptions = [.. teams.Select(t => new SelectListItem(t.Label, t.Id.ToString()))];
    }

    public sealed class StaffInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(200, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.display-name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "validation.required")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [StringLength(256, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.email")]
        public string Email { get; set; } = "";

        [MinLength(1, ErrorMessage = "invitation.no-roles")]
        [Display(Name = "admin.staff.roles")]
        public List<Role> Roles { get; set; } = [];

        [Display(Name = "field.team")]
        public Guid? TeamId { get; set; }
    }
}
