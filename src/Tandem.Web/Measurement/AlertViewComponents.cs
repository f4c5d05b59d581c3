using Microsoft.AspNetCore.Mvc;
using Tandem.Web.Auth;
using Tandem.Web.Data;

namespace Tandem.Web.Measurement;

/// <summary>The banner on a patient's record while the patient has open alerts (the read is audited).</summary>
public sealed class AlertBannerViewComponent(AppDbContext db, AlertDesk desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Domain.Patients.Patient patient)
    {
        var count = await desk.OpenCountForAsync(UserClaimsPrincipal.AsViewer(), patient, HttpContext.RequestAborted);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return View((patient.Id, count));
    }
}

/// <summary>The number of open alerts the viewer received, next to "Alerts" in the staff navigation.</summary>
public sealed class AlertCountViewComponent(AlertDesk desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await desk.OpenCountAsync(UserClaimsPrincipal.AsViewer(), HttpContext.RequestAborted));
}
