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

/// <summary>The day's graded activity in minutes, next to the current target.</summary>
public sealed class ActivityModel(AppDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text)
    : DiaryEntryPage(db, clock, text)
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public int? TargetMinutes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var patient = await PatientAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        TargetMinutes = await TargetAsync(patient.Id, ct);
        if (!ModelState.IsValid)
        {
            Day = null;
            return Invalid();
        }

        var entry = await Db.ActivityEntries.AsNoTracking().SingleOrDefaultAsync(e => e.PatientId == patient.Id && e.Day == SelectedDay, ct);
        if (entry is not null)
        {
            Exists = true;
            Input = new ActivityInput { Activity = entry.Activity, Minutes = entry.Minutes, Note = entry.Note };
        }

        audit.Record(User.AsViewer(), patient, AuditAction.Read, DiaryObjects.Activity, entry?.Id.ToString());
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
            TargetMinutes = await TargetAsync(patient.Id, ct);
            return Invalid();
        }

        var entry = await Db.ActivityEntries.SingleOrDefaultAsync(e => e.PatientId == patient.Id && e.Day == SelectedDay, ct);
        Exists = entry is not null;
        entry ??= new ActivityEntry(patient.Id, SelectedDay, Now);
        try
        {
            entry.Record(Input.Activity ?? "", Input.Minutes ?? -1, Input.Note, Now);
        }
        catch (DomainRuleException broken)
        {
            TargetMinutes = await TargetAsync(patient.Id, ct);
            return Invalid(broken.Rule);
        }

        if (!Exists)
        {
            Db.ActivityEntries.Add(entry);
        }

        audit.Record(User.AsViewer(), patient, Exists ? AuditAction.Update : AuditAction.Create, DiaryObjects.Activity, entry.Id.ToString());
        await Db.SaveChangesAsync(ct);
        return Saved("/Patient/Diary/ActivityChart");
    }

    private Task<int?> TargetAsync(Guid patientId, CancellationToken ct) =>
        Db.ActivityTargets.Where(t => t.PatientId == patientId).Select(t => (int?)t.CurrentMinutes).SingleOrDefaultAsync(ct);

    public sealed class ActivityInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(DiaryRules.MaxActivityLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "diary.activity.what")]
        public string? Activity { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Range(0, DiaryRules.MinutesPerDay, ErrorMessage = "diary.validation.minutes")]
        [Display(Name = "diary.activity.minutes")]
        public int? Minutes { get; set; }

        [StringLength(DiaryRules.MaxNoteLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "diary.note")]
        public string? Note { get; set; }
    }
}
