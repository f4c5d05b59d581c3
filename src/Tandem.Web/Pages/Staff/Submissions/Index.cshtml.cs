using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Submissions;

/// <summary>Work sent by the viewer's patients that still awaits feedback, oldest first. A later issue builds the full worklist.</summary>
public sealed class SubmissionsModel(AppDbContext db, AuditTrail audit, ProgrammeCatalog catalog) : PageModel
{
    public const int PageSize = 200;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(Guid Id, string PatientName, string ModuleTitle, DateTimeOffset SubmittedAt);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var language = UiLanguage.Current;
        var rows = await db.Submissions
            .Where(s => s.Feedback == null)
            .Join(db.Patients.VisibleTo(viewer), s => s.PatientId, p => p.Id, (s, p) => new { s.Id, p.GivenName, p.FamilyName, s.ModuleId, s.SubmittedAt })
            .OrderBy(s => s.SubmittedAt)
            .Take(PageSize)
            .ToListAsync(ct);
        Rows = [.. rows.Select(r => new Row(r.Id, $"{r.GivenName} {r.FamilyName}", catalog.FindModule(r.ModuleId)?.Title.For(language) ?? r.ModuleId, r.SubmittedAt))];
        audit.RecordSearch(viewer, "Submission", "awaiting-feedback");
        await db.SaveChangesAsync(ct);
    }
}
