using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Cover;

/// <summary>
/// "X covers for Y from–until": a therapist sets who covers for them, a supervisor for any therapist of their team.
/// The covering therapist may be any active therapist of the organisation.
/// </summary>
public sealed class CoverIndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public CoverInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Absent { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Covering { get; private set; } = [];

    public IReadOnlyList<CoverRow> Planned { get; private set; } = [];

    public sealed record CoverRow(string Therapist, string CoveredBy, DateOnly From, DateOnly Until);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MaySetCover(User.AsViewer()))
        {
            return Forbid();
        }

        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        Input = new CoverInput { From = today, Until = today.AddDays(7) };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!MaySetCover(viewer))
        {
            return Forbid();
        }

        await LoadAsync(ct);
        if (ModelState.IsValid)
        {
            if (Absent.All(t => t.Id != Input.TherapistId))
            {
                ModelState.AddModelError("Input.TherapistId", text["cover.unknown-therapist"]);
            }

            if (Covering.All(t => t.Id != Input.CoveringTherapistId))
            {
                ModelState.AddModelError("Input.CoveringTherapistId", text["cover.unknown-therapist"]);
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.CoverPeriods.Add(new CoverPeriod(
                    viewer.OrganisationId, Input.TherapistId!.Value, Input.CoveringTherapistId!.Value, Input.From!.Value, Input.Until!.Value, viewer.UserId, clock.GetUtcNow()));
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["cover.saved"].Value;
                return RedirectToPage();
            }
            catch (DomainRuleException broken)
            {
                var field = broken.Rule == CoverRules.Self ? "Input.CoveringTherapistId" : "Input.Until";
                ModelState.AddModelError(field, text[broken.Rule.Code]);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static bool MaySetCover(Viewer viewer) => viewer.Has(Role.Therapist) || (viewer.Has(Role.Supervisor) && viewer.TeamId is not null);

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var therapists = await db.Therapists(viewer.OrganisationId).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.TeamId }).ToListAsync(ct);
        Covering = [.. therapists.Select(t => (t.Id, t.DisplayName))];
        Absent = [.. therapists
            .Where(t => t.Id == viewer.UserId && viewer.Has(Role.Therapist) || (viewer.Has(Role.Supervisor) && viewer.TeamId is not null && t.TeamId == viewer.TeamId))
            .Select(t => (t.Id, t.DisplayName))];
        var absentIds = Absent.Select(a => a.Id).ToList();
        var names = therapists.ToDictionary(t => t.Id, t => t.DisplayName);
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        Planned = [.. (await db.CoverPeriods.AsNoTracking()
                .Where(c => c.OrganisationId == viewer.OrganisationId && absentIds.Contains(c.TherapistId) && c.Until >= today)
                .OrderBy(c => c.From)
                .ToListAsync(ct))
            .Select(c => new CoverRow(names.GetValueOrDefault(c.TherapistId, ""), names.GetValueOrDefault(c.CoveringTherapistId, ""), c.From, c.Until))];
    }

    public sealed class CoverInput
    {
        [Required(ErrorMessage = "cover.unknown-therapist")]
        public Guid? TherapistId { get; set; }

        [Required(ErrorMessage = "cover.unknown-therapist")]
        public Guid? CoveringTherapistId { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "cover.from")]
        public DateOnly? From { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "cover.until")]
        public DateOnly? Until { get; set; }
    }
}
