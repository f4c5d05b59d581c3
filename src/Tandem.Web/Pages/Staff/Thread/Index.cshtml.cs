using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Guidance;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Thread;

/// <summary>A patient's thread for staff in scope; a therapist treating the patient writes, others read along.</summary>
public sealed class StaffThreadModel(
    AppDbContext db, PatientThread thread, Drafts drafts, AuditTrail audit, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text)
    : ThreadPageModel(db, thread, drafts, audit, catalog, clock, text)
{
    public Task<IActionResult> OnGetAsync(Guid patientId, CancellationToken ct) => ShowAsync(patientId, ct);

    public Task<IActionResult> OnPostAsync(Guid patientId, CancellationToken ct) => SendAsync(patientId, ct);

    public Task<IActionResult> OnPostDraftAsync(Guid patientId, CancellationToken ct) => SaveDraftAsync(patientId, ct);

    protected override Task<Domain.Patients.Patient?> FindAsync(Viewer viewer, Guid patientId, CancellationToken ct) =>
        Db.Patients.VisibleTo(viewer).SingleOrDefaultAsync(p => p.Id == patientId, ct);
}
