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

/// <summary>Pain and fatigue today (or a recent day), each 0–10; filling in the day again replaces it.</summary>
public sealed class SymptomsModel(AppDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text)
    : DiaryEntryPage(db, clock, text)
{
    [BindProperty]
    public SymptomInput Input { get; set; } = new();

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

        var entry = await Db.SymptomEntries.AsNoTracking().SingleOrDefaultAsync(e => e.PatientId == patient.Id && e.Day == SelectedDay, ct);
        if (entry is not null)
        {
            Exists = true;
            Input = new SymptomInput { Pain = entry.Pain, Fatigue = entry.Fatigue, Note = entry.Note };
        }

        audit.Record(User.AsViewer(), patient, AuditAction.Read, DiaryObjects.Symptoms, entry?.Id.ToString());
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

        var entry = await Db.SymptomEntries.SingleOrDefaultAsync(e => e.PatientId == patient.Id && e.Day == SelectedDay, ct);
        Exists = entry is not null;
        entry ??= new SymptomEntry(patient.Id, SelectedDay, Now);
        try
        {
            entry.Record(Input.Pain, Input.Fatigue, Input.Note, Now);
        }
        catch (DomainRuleException broken)
        {
            return Invalid(broken.Rule);
        }

        if (!Exists)
        {
            Db.SymptomEntries.Add(entry);
        }

        audit.Record(User.AsViewer(), patient, Exists ? AuditAction.Update : AuditAction.Create, DiaryObjects.Symptoms, entry.Id.ToString());
        await Db.SaveChangesAsync(ct);
        return Saved("/Patient/Diary/SymptomChart");
    }

    public sealed class SymptomInput
    {
        [Range(0, SymptomEntry.MaxRating, ErrorMessage = "diary.validation.rating")]
        [Display(Name = "diary.symptoms.pain")]
        public int? Pain { get; set; }

        [Range(0, SymptomEntry.MaxRating, ErrorMessage = "diary.validation.rating")]
        [Display(Name = "diary.symptoms.fatigue")]
        public int? Fatigue { get; set; }

        [StringLength(DiaryRules.MaxNoteLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "diary.note")]
        public string? Note { get; set; }
    }
}
