using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Guidance;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient;

/// <summary>The patient's thread: what they sent, their therapist's feedback and messages both ways. Opening it marks what is new as read.</summary>
public sealed class PatientFeedbackModel(
    AppDbContext db, PatientThread thread, Drafts drafts, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text)
    : ThreadPageModel(db, thread, drafts, audit, catalog, clock, text)
{
    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(Guid.Empty, ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SendAsync(Guid.Empty, ct);

    public Task<IActionResult> OnPostDraftAsync(CancellationToken ct) => SaveDraftAsync(Guid.Empty, ct);

    protected override Task<Domain.Patients.Patient?> FindAsync(Viewer viewer, Guid patientId, CancellationToken ct) =>
        Db.Patients.VisibleTo(viewer).SingleOrDefaultAsync(p => p.UserId == viewer.UserId, ct);
}
