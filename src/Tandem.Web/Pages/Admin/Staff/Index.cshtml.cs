using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Accounts;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Admin.Staff;

/// <summary>The organisation's staff accounts. Disabling one ends all its sessions at once (ASVS 7.4.2).</summary>
public sealed class StaffListModel(AppDbContext db, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public Guid Me { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisationId = User.AsViewer().OrganisationId;
        Me = User.UserId();
        var patientRole = nameof(Role.Patient);
        var rows = await db.Users
            .Where(u => u.OrganisationId == organisationId)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.TwoFactorEnabled,
                u.DisabledAt,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .OrderBy(u => u.DisplayName)
            .ToListAsync(ct);
        Members = [.. rows
            .Where(u => !u.Roles.Contains(patientRole))
            .Select(u => new Member(u.Id, u.DisplayName, u.Email ?? "", [.. u.Roles.Select(Enum.Parse<Role>).Order()], u.TwoFactorEnabled, u.DisabledAt is not null))];
    }

    public Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct) => SetDisabledAsync(id, disabled: true, ct);

    public Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) => SetDisabledAsync(id, disabled: false, ct);

    private async Task<IActionResult> SetDisabledAsync(Guid id, bool disabled, CancellationToken ct)
    {
        var organisationId = User.AsViewer().OrganisationId;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.OrganisationId == organisationId, ct);
        if (user is null || user.Id == User.UserId())
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        user.DisabledAt = disabled ? now : null;
        await db.SaveChangesAsync(ct);
        if (disabled)
        {
            await db.EndAllAsync(user.Id, now, SessionEndReason.AccountDisabled);
        }

        TempData[Flash.Info] = text[disabled ? "admin.staff.disabled" : "admin.staff.enabled", user.DisplayName].Value;
        return RedirectToPage();
    }

    public sealed record Member(Guid Id, string Name, string Email, IReadOnlyList<Role> Roles, bool Mfa, bool Disabled);
}
