using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Guidance;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Reports;

/// <summary>
/// The reimbursement export for a manager: registered time per patient per therapist per day over a period, with the
/// minimum-time rule applied, as CSV for the clinic's billing system (columns in docs/reimbursement.md). Every patient
/// in the file gets an Export entry in the audit log, in the same transaction as nothing else: the export writes no data.
/// </summary>
public sealed class ReimbursementModel(AppDbContext db, AuditTrail audit, IOptions<GuidanceOptions> options, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    /// <summary>The longest period one file covers.</summary>
    public const int MaxDays = 366;

    public static readonly string[] Columns =
    [
        "day", "patient_id", "record_number", "therapist_id", "therapist_name",
        "online_minutes", "phone_minutes", "consultation_minutes", "other_minutes", "total_minutes", "minimum_minutes", "counts",
    ];

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public int MinimumMinutes => options.Value.ReimbursementMinimumMinutes;

    public IActionResult OnGet()
    {
        if (!Manages())
        {
            return Forbid();
        }

        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        From ??= new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        To ??= new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!Manages())
        {
            return Forbid();
        }

        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        if (From is not { } first || To is not { } last || first > last || last > today || last.DayNumber - first.DayNumber >= MaxDays)
        {
            ModelState.AddModelError(nameof(From), text["reimbursement.period", MaxDays]);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        var viewer = User.AsViewer();
        var patients = db.Patients.VisibleTo(viewer);
        var rows = await (
                from e in db.TimeEntries
                join p in patients on e.PatientId equals p.Id
                join u in db.Users on e.TherapistId equals u.Id
                where e.Day >= first && e.Day <= last
                group e by new { e.Day, e.PatientId, p.RecordNumber, e.TherapistId, u.DisplayName } into day
                orderby day.Key.Day, day.Key.PatientId, day.Key.DisplayName
                select new
                {
                    day.Key.Day,
                    day.Key.PatientId,
                    day.Key.RecordNumber,
                    day.Key.TherapistId,
                    Therapist = day.Key.DisplayName,
                    Online = day.Where(e => e.Kind == TimeKind.Online).Sum(e => e.Seconds),
                    Phone = day.Where(e => e.Kind == TimeKind.Phone).Sum(e => e.Seconds),
                    Consultation = day.Where(e => e.Kind == TimeKind.Consultation).Sum(e => e.Seconds),
                    Other = day.Where(e => e.Kind == TimeKind.Other).Sum(e => e.Seconds),
                })
            .ToListAsync(ct);

        var csv = new StringBuilder(Csv.Line(Columns));
        // Truncated to a tenth, so a total just under the minimum never reads as reaching it (298 s is 4.9, not 5.0).
        static string Minutes(int seconds) => (seconds / 6 / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            var total = row.Online + row.Phone + row.Consultation + row.Other;
            csv.Append(Csv.Line([
                row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.PatientId.ToString(), row.RecordNumber, row.TherapistId.ToString(), row.Therapist,
                Minutes(row.Online), Minutes(row.Phone), Minutes(row.Consultation), Minutes(row.Other), Minutes(total),
                MinimumMinutes.ToString(CultureInfo.InvariantCulture), TimeRules.Counts(total, MinimumMinutes) ? "yes" : "no",
            ]));
        }

        var exported = rows.Select(r => r.PatientId).Distinct().ToList();
        foreach (var patient in await db.Patients.AsNoTracking().Where(p => exported.Contains(p.Id)).ToListAsync(ct))
        {
            audit.Record(viewer, patient, AuditAction.Export, "Reimbursement", $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}");
        }

        await db.SaveChangesAsync(ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"tandem-time-{first:yyyy-MM-dd}-{last:yyyy-MM-dd}.csv");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
    }

    private bool Manages() => User.AsViewer() is { SiteId: not null } viewer && viewer.Has(Role.Manager) && viewer.MaySeeHealthData;
}
