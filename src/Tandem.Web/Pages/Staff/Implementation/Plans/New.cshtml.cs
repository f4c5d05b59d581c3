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

namespace Tandem.Web.Pages.Staff.Implementation.Plans;

/// <summary>
/// Starting an implementation plan, usually from the strategy page: the barriers and strategies chosen there come
/// along (and can be unticked); the lead adds a title, the goals and the first review date.
/// </summary>
public sealed class NewPlanModel(AppDbContext db, ImplementationCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Sites { get; private set; } = [];
    public IReadOnlyList<CfirConstruct> Barriers { get; private set; } = [];
    public IReadOnlyList<EricStrategy> Strategies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? round, string[] c, int[] s, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        await LoadAsync(c, s, ct);
        if (Sites.Count == 0)
        {
            return NotFound();
        }

        var roundSite = round is { } roundId
            ? await db.CfirRounds.LedBy(db, viewer).Where(r => r.Id == roundId).Select(r => (Guid?)r.SiteId).SingleOrDefaultAsync(ct)
            : null;
        Input.SiteId = roundSite ?? Sites[0].Id;
        Input.Barriers = [.. Barriers.Select(b => b.Id)];
        Input.Strategies = [.. Strategies.Select(x => x.Id)];
        Input.NextReviewOn = ClinicCalendar.DateOf(clock.GetUtcNow()).AddMonths(3);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        await LoadAsync([.. Input.Barriers], [.. Input.Strategies], ct);
        if (!Sites.Any(site => site.Id == Input.SiteId))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var now = clock.GetUtcNow();
                var plan = new ImplementationPlan(
                    viewer.OrganisationId, Input.SiteId, viewer.UserId, Input.Title, Input.Goals,
                    Barriers.Select(b => b.Id), Strategies.Select(x => x.Id), Input.NextReviewOn, now);
                db.ImplementationPlans.Add(plan);
                db.PlanChanges.Add(new PlanChange(plan.Id, viewer.UserId, PlanChangeKind.Created, plan.Title, now));
                audit.RecordOrganisational(viewer, AuditAction.Create, nameof(ImplementationPlan), plan.Id.ToString());
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["plan.created"].Value;
                return RedirectToPage("/Staff/Implementation/Plans/Detail", new { id = plan.Id });
            }
            catch (DomainRuleException refused)
            {
                var field = refused.Rule == ImplementationRules.PlanTitle ? "Input.Title"
                    : refused.Rule == ImplementationRules.PlanGoals ? "Input.Goals"
                    : "Input.NextReviewOn";
                ModelState.AddModelError(field, text[refused.Rule.Code]);
            }
        }

        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    private async Task LoadAsync(IEnumerable<string> barrierIds, IEnumerable<int> strategyIds, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        Sites = [.. (await db.Sites.LedBy(viewer).OrderBy(x => x.Name).Select(x => new { x.Id, x.Name }).ToListAsync(ct)).Select(x => (x.Id, x.Name))];
        Barriers = [.. barrierIds.Select(catalog.Construct).OfType<CfirConstruct>().DistinctBy(b => b.Id)];
        Strategies = [.. strategyIds.Select(catalog.Strategy).OfType<EricStrategy>().DistinctBy(x => x.Id)];
    }

    public sealed class PlanInput
    {
        public Guid SiteId { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "plan.title-label")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [Display(Name = "plan.goals-label")]
        public string? Goals { get; set; }

        [Display(Name = "plan.review-label")]
        public DateOnly? NextReviewOn { get; set; }

        public List<string> Barriers { get; set; } = [];

        public List<int> Strategies { get; set; } = [];
    }
}
