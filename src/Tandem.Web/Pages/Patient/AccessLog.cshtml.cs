using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient;

/// <summary>
/// NEN 7513 §9: the patient's own chronological overview of who accessed their record, filterable by
/// period. Looking at it is itself logged.
/// </summary>
public sealed class AccessLogModel(AppDbContext db, AuditTrail audit, IStringLocalizer<Text> text) : PageModel
{
    public const int MaximumRows = 500;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<Row> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return NotFound();
        }

        if (From > To)
        {
            ModelState.AddModelError(nameof(To), text["accesslog.range"]);
            return Page();
        }

        Entries = await AccessLogQuery.ForPatient(db, patient.Id, From, To).Take(MaximumRows).ToListAsync(ct);
        audit.Record(viewer, patient, AuditAction.Read, "AccessLog");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public sealed record Row(DateTimeOffset At, string Who, Role Role, AuditAction Action, string ObjectType);
}

public static class AccessLogQuery
{
    /// <summary>Newest first; days are calendar days in the clinic's time zone, both ends included.</summary>
    public static IQueryable<AccessLogModel.Row> ForPatient(AppDbContext db, Guid patientId, DateOnly? from, DateOnly? to)
    {
        var entries = db.AuditEntries.Where(e => e.PatientId == patientId);
        if (from is { } start)
        {
            var since = ClinicTime.StartOfDay(start);
            entries = entries.Where(e => e.At >= since);
        }

        if (to is { } end)
        {
            var before = ClinicTime.StartOfDay(end.AddDays(1));
            entries = entries.Where(e => e.At < before);
        }

        return entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AccessLogModel.Row(
                e.At, db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                e.Role, e.Action, e.ObjectType));
    }
}
