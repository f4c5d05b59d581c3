using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Implementation;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Implementation.Rounds;

/// <summary>
/// An implementation lead opens a CFIR assessment round for one of their sites: a title, the last day to rate, the
/// constructs to rate (the main constructs are proposed) and the colleagues to invite (the site's staff are proposed).
/// </summary>
public sealed class NewRoundModel(AppDbContext db, ImplementationCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public sealed record Colleague(Guid Id, string Name);

    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Sites { get; private set; } = [];
    public IReadOnlyList<Colleague> Staff { get; private set; } = [];
    public IReadOnlyList<CfirConstruct> Constructs => catalog.Constructs;

    public async Task<IActionResult> OnGetAsync(Guid? siteId, CancellationToken ct)
    {
        if (!User.AsViewer().Leads())
        {
            return Forbid();
        }

        await LoadAsync(siteId, ct);
        if (Sites.Count == 0)
        {
            return NotFound();
        }

        Input.SiteId = siteId is { } chosen && Sites.Any(s => s.Id == chosen) ? chosen : Sites[0].Id;
        Input.ClosesOn = ClinicCalendar.DateOf(clock.GetUtcNow()).AddDays(14);
        Input.Constructs = [.. catalog.Constructs.Where(c => !c.IsSubConstruct).Select(c => c.Id)];
        Input.Invitees = [.. Staff.Select(s => s.Id)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        await LoadAsync(Input.SiteId, ct);
        if (!Sites.Any(s => s.Id == Input.SiteId))
        {
            return NotFound();
        }

        var invitees = Input.Invitees.Intersect(Staff.Select(s => s.Id)).ToList();
        var constructs = Input.Constructs.Where(id => catalog.Construct(id) is not null).ToList();
        if (invitees.Count == 0)
        {
            ModelState.AddModelError("Input.Invitees", text[ImplementationRules.RoundInvitees.Code]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var now = clock.GetUtcNow();
                var round = new CfirRound(viewer.OrganisationId, Input.SiteId, viewer.UserId, Input.Title, Input.ClosesOn!.Value, constructs, now);
                db.CfirRounds.Add(round);
                db.CfirInvitations.AddRange(invitees.Select(id => new CfirInvitation(round.Id, id, now)));
                audit.RecordOrganisational(viewer, AuditAction.Create, "CfirRound", round.Id.ToString());
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["impl.round-opened", invitees.Count].Value;
                return RedirectToPage("/Staff/Implementation/Rounds/Detail", new { id = round.Id });
            }
            catch (DomainRuleException refused)
            {
                var field = refused.Rule == ImplementationRules.RoundTitle ? "Input.Title"
                    : refused.Rule == ImplementationRules.RoundCloses ? "Input.ClosesOn"
                    : "Input.Constructs";
                ModelState.AddModelError(field, text[refused.Rule.Code]);
            }
        }

        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    private async Task LoadAsync(Guid? siteId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        Sites = [.. (await db.Sites.LedBy(viewer).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name))];
        var site = siteId is { } id && Sites.Any(s => s.Id == id) ? id : Sites.Count > 0 ? Sites[0].Id : Guid.Empty;
        Staff = await db.StaffOf(site).OrderBy(u => u.DisplayName).Select(u => new Colleague(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    public sealed class RoundInput
    {
        public Guid SiteId { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "impl.round-title")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "impl.closes-on")]
        public DateOnly? ClosesOn { get; set; }

        public List<string> Constructs { get; set; } = [];

        public List<Guid> Invitees { get; set; } = [];
    }
}
