using System.ComponentModel.DataAnnotations;
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
using Tandem.Domain.Patients;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Guidance;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Time;

/// <summary>
/// A therapist's registered time: per patient per day over the last two weeks, automatic (active pages) and manual
/// (phone, consultation, other), and whether each day reaches the reimbursement minimum. Also receives the heartbeats.
/// </summary>
public sealed class TimeIndexModel(
    AppDbContext db, TimeRegister register, AuditTrail audit, IOptions<GuidanceOptions> options, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    public const int DaysShown = 14;

    [BindProperty]
    public ManualInput Input { get; set; } = new();

    public IReadOnlyList<DayTotal> Totals { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Patients { get; private set; } = [];
    public int MinimumMinutes => options.Value.ReimbursementMinimumMinutes;

    public sealed record DayTotal(DateOnly Day, string PatientName, int OnlineSeconds, int ManualSeconds, bool Counts)
    {
        public int TotalSeconds => OnlineSeconds + ManualSeconds;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.AsViewer().Has(Role.Therapist))
        {
            return Forbid();
        }

        Input = new ManualInput { Day = ClinicCalendar.DateOf(clock.GetUtcNow()), Kind = TimeKind.Phone };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Has(Role.Therapist))
        {
            return Forbid();
        }

        var patient = Input.PatientId is { } id ? await db.Patients.CaseloadOf(viewer).SingleOrDefaultAsync(p => p.Id == id, ct) : null;
        if (patient is null)
        {
            ModelState.AddModelError("Input.PatientId", text["time.choose-patient"]);
        }

        if (ModelState.IsValid && patient is not null)
        {
            try
            {
                var entry = TimeEntry.Manual(viewer.OrganisationId, viewer.UserId, patient.Id, Input.Day!.Value, Input.Kind, Input.Minutes ?? 0, clock.GetUtcNow());
                db.TimeEntries.Add(entry);
                audit.Record(viewer, patient, AuditAction.Create, nameof(TimeEntry), entry.Id.ToString());
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["time.saved"].Value;
                return RedirectToPage();
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError(refused.Rule == GuidanceRules.TimeDay ? "Input.Day" : "Input.Minutes", text[refused.Rule.Code]);
            }
        }

        await LoadAsync(ct);
        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    /// <summary>A heartbeat from wwwroot/js/timebeat.js on a page about one patient; counts only for a therapist treating them.</summary>
    public async Task<IActionResult> OnPostBeatAsync(Guid patientId, int seconds, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null || viewer.ActingRole(patient) != Role.Therapist)
        {
            return NotFound();
        }

        return new JsonResult(new { counted = await register.BeatAsync(viewer, patient, seconds, ct) });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var since = ClinicCalendar.DateOf(clock.GetUtcNow()).AddDays(1 - DaysShown);
        var rows = await (
                from e in db.TimeEntries
                where e.TherapistId == viewer.UserId && e.Day >= since
                join p in db.Patients on e.PatientId equals p.Id
                group e by new { e.Day, e.PatientId, p.GivenName, p.FamilyName } into g
                select new
                {
                    g.Key.Day,
                    g.Key.GivenName,
                    g.Key.FamilyName,
                    Online = g.Sum(e => e.Kind == TimeKind.Online ? e.Seconds : 0),
                    Manual = g.Sum(e => e.Kind != TimeKind.Online ? e.Seconds : 0),
                })
            .ToListAsync(ct);
        Totals = [.. rows
            .Select(r => new DayTotal(r.Day, $"{r.GivenName} {r.FamilyName}", r.Online, r.Manual, TimeRules.Counts(r.Online + r.Manual, MinimumMinutes)))
            .OrderByDescending(t => t.Day).ThenBy(t => t.PatientName, StringComparer.CurrentCulture)];
        Patients = [.. (await db.Patients.CaseloadOf(viewer).Where(p => p.Status != PatientStatus.Closed)
                .Select(p => new { p.Id, p.GivenName, p.FamilyName }).ToListAsync(ct))
            .Select(p => (p.Id, $"{p.GivenName} {p.FamilyName}"))
            .OrderBy(p => p.Item2, StringComparer.CurrentCulture)];
        audit.RecordSearch(viewer, nameof(TimeEntry));
        await db.SaveChangesAsync(ct);
    }

    public sealed class ManualInput
    {
        [Required(ErrorMessage = "time.choose-patient")]
        public Guid? PatientId { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "time.day")]
        public DateOnly? Day { get; set; }

        public TimeKind Kind { get; set; } = TimeKind.Phone;

        [Required(ErrorMessage = "guidance.time-minutes")]
        [Display(Name = "time.minutes")]
        public int? Minutes { get; set; }
    }
}
