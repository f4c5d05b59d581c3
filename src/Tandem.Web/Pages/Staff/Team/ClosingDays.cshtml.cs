using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Guidance;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Guidance;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Team;

/// <summary>
/// A manager's list of their site's closing days: they do not count as working days for feedback deadlines, on top of
/// weekends and the clinic-wide <c>Guidance:Holidays</c>.
/// </summary>
public sealed class ClosingDaysModel(AppDbContext db, IOptions<GuidanceOptions> options, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public ClosingDayInput Input { get; set; } = new();

    public IReadOnlyList<SiteHoliday> Days { get; private set; } = [];
    public IReadOnlyList<DateOnly> ClinicWide { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (SiteOf() is not { } siteId)
        {
            return Forbid();
        }

        await LoadAsync(siteId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SiteOf() is not { } siteId)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.SiteHolidays.Add(new SiteHoliday(siteId, Input.Day!.Value, Input.Name));
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["closing.saved"].Value;
                return RedirectToPage();
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError("Input.Name", text[refused.Rule.Code]);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError("Input.Day", text[GuidanceRules.HolidayTaken.Code]);
            }
        }

        await LoadAsync(siteId, ct);
        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (SiteOf() is not { } siteId)
        {
            return Forbid();
        }

        if (await db.SiteHolidays.Where(h => h.Id == id && h.SiteId == siteId).ExecuteDeleteAsync(ct) == 0)
        {
            return NotFound();
        }

        TempData[Flash.Info] = text["closing.deleted"].Value;
        return RedirectToPage();
    }

    private Guid? SiteOf() => User.AsViewer() is { SiteId: { } siteId } viewer && viewer.Has(Role.Manager) && viewer.MaySeeHealthData ? siteId : null;

    private async Task LoadAsync(Guid siteId, CancellationToken ct)
    {
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        Days = await db.SiteHolidays.AsNoTracking().Where(h => h.SiteId == siteId && h.Day >= today).OrderBy(h => h.Day).ToListAsync(ct);
        ClinicWide = [.. options.Value.Holidays.Where(d => d >= today).Order()];
    }

    public sealed class ClosingDayInput
    {
        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "closing.day")]
        public DateOnly? Day { get; set; }

        [Display(Name = "closing.name")]
        public string? Name { get; set; }
    }
}
