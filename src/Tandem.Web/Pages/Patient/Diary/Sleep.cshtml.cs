using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Audit;
using Tandem.Domain.Diaries;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Diaries;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient.Diary;

/// <summary>Last night and today's rest: bed, asleep, awake and up times, and minutes of rest during the day.</summary>
public sealed class SleepModel(AppDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text)
    : DiaryEntryPage(db, clock, text)
{
    [BindProperty]
    public SleepInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var patient = await PatientAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Day = null;
            return Invalid();
        }

        var entry = await Db.SleepWakeEntries.AsNoTracking().SingleOrDefaultAsync(e => e.PatientId == patient.Id && e.Day == SelectedDay, ct);
        if (entry is not null)
        {
            Exists = true;
            Input = new SleepInput
            {
                BedTime = entry.BedTime,
                AsleepTime = entry.AsleepTime,
                WakeTime = entry.WakeTime,
                RiseTime = entry.RiseTime,
                RestMinutes = entry.RestMinutes,
                Note = entry.Note,
            };
        }

        audit.Record(User.AsViewer(), patient, AuditAction.Read, DiaryObjects.SleepWake, entry?.Id.ToString());
        await Db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var patient = await PatientAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        var entry = await Db.SleepWakeEntries.SingleOrDefaultAsync(e => e.PatientId == patient.Id && e.Day == SelectedDay, ct);
        Exists = entry is not null;
        entry ??= new SleepWakeEntry(patient.Id, SelectedDay, Now);
        try
        {
            entry.Record(Input.BedTime!.Value, Input.AsleepTime, Input.WakeTime!.Value, Input.RiseTime!.Value, Input.RestMinutes ?? 0, Input.Note, Now);
        }
        catch (DomainRuleException broken)
        {
            return Invalid(broken.Rule);
        }

        if (!Exists)
        {
            Db.SleepWakeEntries.Add(entry);
        }

        audit.Record(User.AsViewer(), patient, Exists ? AuditAction.Update : AuditAction.Create, DiaryObjects.SleepWake, entry.Id.ToString());
        await Db.SaveChangesAsync(ct);
        return Saved("/Patient/Diary/SleepChart");
    }

    public sealed class SleepInput
    {
        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "diary.sleepwake.bed")]
        public TimeOnly? BedTime { get; set; }

        [Display(Name = "diary.sleepwake.asleep")]
        public TimeOnly? AsleepTime { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "diary.sleepwake.wake")]
        public TimeOnly? WakeTime { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "diary.sleepwake.rise")]
        public TimeOnly? RiseTime { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Range(0, DiaryRules.MinutesPerDay, ErrorMessage = "diary.validation.rest")]
        [Display(Name = "diary.sleepwake.rest")]
        public int? RestMinutes { get; set; } = 0;

        [StringLength(DiaryRules.MaxNoteLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "diary.note")]
        public string? Note { get; set; }
    }
}
