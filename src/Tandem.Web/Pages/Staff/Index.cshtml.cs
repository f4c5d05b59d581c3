using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Domain.Training;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Guidance;

namespace Tandem.Web.Pages.Staff;

/// <summary>
/// The staff start page: for a therapist or supervisor the worklist, which refreshes itself when a change reaches it
/// (server-sent events on <c>?handler=Stream</c>, then the list from <c>?handler=List</c>), and what this person can do.
/// </summary>
public sealed class StaffHomeModel(Worklist worklist, WorklistSignals signals, AppDbContext db, IHostApplicationLifetime lifetime) : PageModel
{
    /// <summary>A comment line this often keeps proxies from closing a quiet stream.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(25);

    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<Role> Roles { get; private set; } = [];
    public bool SeesPatients { get; private set; }

    /// <summary>The eCoach course, when someone assigned it to this person (not withdrawn) and they have not completed it yet.</summary>
    public TrainingAssignment? TrainingToDo { get; private set; }

    /// <summary>Null for staff without a caseload or review queue.</summary>
    public WorklistView? Work { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        DisplayName = User.FindFirst(TandemClaims.DisplayName)?.Value ?? "";
        Roles = [.. viewer.Roles.Order()];
        SeesPatients = viewer.Has(Role.Therapist) || viewer.Has(Role.Supervisor) || viewer.Has(Role.Manager);
        TrainingToDo = await db.TrainingAssignments.AsNoTracking()
            .Where(a => a.StaffMemberId == viewer.UserId && a.CourseId == Course.ECoach && a.WithdrawnAt == null
                && !db.CourseCompletions.Any(c => c.StaffMemberId == viewer.UserId && c.CourseId == Course.ECoach))
            .SingleOrDefaultAsync(ct);
        if (Worklist.IsFor(viewer))
        {
            Work = await worklist.LoadAsync(viewer, ct);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The worklist alone, for the live refresh.</summary>
    public async Task<IActionResult> OnGetListAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!Worklist.IsFor(viewer))
        {
            return NotFound();
        }

        var work = await worklist.LoadAsync(viewer, ct);
        await db.SaveChangesAsync(ct);
        return Partial("_Worklist", work);
    }

    /// <summary>
    /// Server-sent events: "changed" whenever a save touches the caseload (own and covered therapists) or, for a
    /// supervisor, the team. Carries no data: the page fetches the list, so access and audit stay with that request.
    /// </summary>
    public async Task<IActionResult> OnGetStreamAsync()
    {
        var viewer = User.AsViewer();
        if (!Worklist.IsFor(viewer))
        {
            return NotFound();
        }

        var keys = viewer.CoveredTherapists.Append(viewer.UserId).ToList();
        if (viewer.Has(Role.Supervisor) && viewer.TeamId is { } teamId)
        {
            keys.Add(teamId);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(HttpContext.RequestAborted, lifetime.ApplicationStopping);
        Response.ContentType = "text/event-stream";
        Response.Headers.CacheControl = "no-cache";
        HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            var next = Task.WhenAny(keys.Select(signals.Next));
            await Response.WriteAsync("retry: 5000\n: open\n\n", stop.Token);
            await Response.Body.FlushAsync(stop.Token);
            while (!stop.IsCancellationRequested)
            {
                var woke = await Task.WhenAny(next, Task.Delay(KeepAlive, stop.Token));
                string line;
                if (woke == next)
                {
                    next = Task.WhenAny(keys.Select(signals.Next)); // before telling the page, so no change falls between
                    line = "event: changed\ndata: \n\n";
                }
                else
                {
                    line = ": keep-alive\n\n";
                }

                await Response.WriteAsync(line, stop.Token);
                await Response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the app is stopping.
        }

        return new EmptyResult();
    }
}
