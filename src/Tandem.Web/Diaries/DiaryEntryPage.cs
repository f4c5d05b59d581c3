using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Diaries;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Diaries;

/// <summary>
/// What the three entry pages share: the signed-in patient's own record, the chosen day (today unless a recent
/// day is asked for), and bad input answered with a 422 and the form as it was sent.
/// </summary>
public abstract class DiaryEntryPage(AppDbContext db, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    /// <summary>The day being filled in; from the query string (GET) or the form (POST).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Day { get; set; }

    public DateOnly Today { get; private set; }

    public DateOnly SelectedDay => Day ?? Today;

    /// <summary>The days the patient may still fill in, newest first.</summary>
    public IEnumerable<DateOnly> RecentDays => Enumerable.Range(0, DiaryRules.EditableDays).Select(i => Today.AddDays(-i));

    public bool Exists { get; protected set; }

    protected AppDbContext Db { get; } = db;

    protected DateTimeOffset Now { get; private set; }

    /// <summary>The patient, or null (then answer 404). Also fixes today's date and checks the chosen day.</summary>
    protected async Task<Domain.Patients.Patient?> PatientAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Today = ClinicCalendar.DateOf(Now);
        var patient = await Db.Patients.VisibleTo(User.AsViewer()).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is not null && Day is { } day)
        {
            try
            {
                DiaryRules.CheckWritable(day, Today);
            }
            catch (DomainRuleException broken)
            {
                ModelState.AddModelError(nameof(Day), text[broken.Rule.Code]);
            }
        }

        return patient;
    }

    /// <summary>The page again with its errors and the values as sent; 422 so clients and tests see the refusal.</summary>
    protected IActionResult Invalid(Rule? broken = null)
    {
        if (broken is not null)
        {
            ModelState.AddModelError(string.Empty, text[broken.Code]);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>After saving: say so and show the entry on the diary's chart.</summary>
    protected IActionResult Saved(string chartPage)
    {
        TempData[Flash.Info] = text["diary.saved", SelectedDay.ToString("D", System.Globalization.CultureInfo.CurrentCulture)].Value;
        return RedirectToPage(chartPage);
    }
}
