using System.ComponentModel.DataAnnotations;
using System.Globalization;
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
/// A plan for the lead of its site: goals, barriers, strategies (add, remove), actions with owner, due date and status,
/// the review date and recorded reviews, and the history of every change. Each change is one POST handler that writes
/// a <see cref="PlanChange"/> and an audit entry with it.
/// </summary>
public sealed class PlanDetailModel(AppDbContext db, ImplementationCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public sealed record ActionLine(PlanAction Action, string Owner);

    public sealed record HistoryLine(PlanChange Change, string By);

    /// <summary>A history line to write.</summary>
    public sealed record Line(PlanChangeKind Kind, string? Detail, ActionStatus? Status = null);

    public ImplementationPlan Plan { get; private set; } = null!;
    public string SiteName { get; private set; } = "";
    public IReadOnlyList<ActionLine> Actions { get; private set; } = [];
    public IReadOnlyList<HistoryLine> History { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];
    public ImplementationCatalog Catalog => catalog;

    [BindProperty]
    public PlanEdit Edit { get; set; } = new();

    [BindProperty]
    public ActionInput NewAction { get; set; } = new();

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!User.AsViewer().Leads())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Edit = new PlanEdit { Title = Plan.Title, Goals = Plan.Goals, Version = Plan.Version };
        Review.NextReviewOn = Plan.NextReviewOn;
        NewAction.DueOn = ClinicCalendar.DateOf(clock.GetUtcNow()).AddDays(14);
        audit.RecordOrganisational(User.AsViewer(), AuditAction.Read, nameof(ImplementationPlan), id.ToString());
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct) => ChangeAsync(id, "Edit", plan =>
    {
        if (plan.Version != Edit.Version)
        {
            throw new DomainRuleException(ImplementationRules.Concurrent);
        }

        var changes = new List<Line>();
        if (plan.Title != Edit.Title?.Trim())
        {
            plan.Rename(Edit.Title);
            changes.Add(new(PlanChangeKind.Renamed, plan.Title));
        }

        if (plan.Goals != Edit.Goals?.Trim())
        {
            plan.SetGoals(Edit.Goals);
            changes.Add(new(PlanChangeKind.GoalsChanged, null));
        }

        return changes;
    }, ct);

    public Task<IActionResult> OnPostAddStrategyAsync(Guid id, int strategyId, CancellationToken ct) => ChangeAsync(id, "strategy", plan =>
        catalog.Strategy(strategyId) is { } strategy && plan.AddStrategy(strategyId) ? [new(PlanChangeKind.StrategyAdded, strategy.Name)] : [], ct);

    public Task<IActionResult> OnPostRemoveStrategyAsync(Guid id, int strategyId, CancellationToken ct) => ChangeAsync(id, "strategy", plan =>
        catalog.Strategy(strategyId) is { } strategy && plan.RemoveStrategy(strategyId) ? [new(PlanChangeKind.StrategyRemoved, strategy.Name)] : [], ct);

    public Task<IActionResult> OnPostAddActionAsync(Guid id, CancellationToken ct) => ChangeAsync(id, "NewAction", plan =>
    {
        if (!Staff.Any(s => s.Id == NewAction.OwnerId))
        {
            throw new DomainRuleException(ImplementationRules.ActionOwner);
        }

        if (NewAction.DueOn is not { } due)
        {
            throw new DomainRuleException(ImplementationRules.ActionDue);
        }

        var strategyId = NewAction.StrategyId is { } chosen && plan.StrategyIds.Contains(chosen) ? chosen : (int?)null;
        var action = new PlanAction(plan.Id, strategyId, NewAction.Description, NewAction.OwnerId!.Value, due, clock.GetUtcNow());
        db.PlanActions.Add(action);
        return [new(PlanChangeKind.ActionAdded, $"{action.Description} ({Owner(action.OwnerId)}, {Iso(due)})")];
    }, ct);

    public Task<IActionResult> OnPostActionAsync(Guid id, Guid actionId, ActionStatus status, Guid ownerId, DateOnly? dueOn, CancellationToken ct) => ChangeAsync(id, "actions", plan =>
    {
        var action = db.PlanActions.Local.SingleOrDefault(a => a.Id == actionId && a.PlanId == plan.Id)
            ?? throw new KeyNotFoundException("No such action in this plan.");
        if (!ModelState.IsValid || !Enum.IsDefined(status))
        {
            throw new DomainRuleException(ImplementationRules.ActionStatus);
        }

        if (ownerId != action.OwnerId && !Staff.Any(s => s.Id == ownerId))
        {
            throw new DomainRuleException(ImplementationRules.ActionOwner);
        }

        var changes = new List<Line>();
        var due = dueOn ?? action.DueOn;
        if (due != action.DueOn || ownerId != action.OwnerId)
        {
            if (due != action.DueOn)
            {
                action.Edit(action.Description, due, clock.GetUtcNow());
            }

            action.Assign(ownerId);
            changes.Add(new(PlanChangeKind.ActionChanged, $"{action.Description} ({Owner(ownerId)}, {Iso(due)})"));
        }

        if (status != action.Status)
        {
            action.SetStatus(status, clock.GetUtcNow());
            changes.Add(new(PlanChangeKind.ActionStatusChanged, action.Description, status));
        }

        return changes;
    }, ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, bool held, CancellationToken ct) => ChangeAsync(id, "Review", plan =>
    {
        var changes = new List<Line>();
        if (held)
        {
            if (string.IsNullOrWhiteSpace(Review.Note))
            {
                throw new DomainRuleException(ImplementationRules.ReviewNote);
            }

            changes.Add(new(PlanChangeKind.Reviewed, Review.Note));
        }

        if (Review.NextReviewOn != plan.NextReviewOn)
        {
            plan.ScheduleReview(Review.NextReviewOn, clock.GetUtcNow());
            changes.Add(new(PlanChangeKind.ReviewScheduled, Review.NextReviewOn is { } on ? Iso(on) : null));
        }

        return changes;
    }, ct);

    /// <summary>
    /// Loads the plan (404 outside the lead's sites), applies one change, records its history lines and the audit entry
    /// and saves; a refused rule is shown beside the form it came from, a concurrent edit is told.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Guid id, string form, Func<ImplementationPlan, IEnumerable<Line>> change, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.Leads())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct, tracked: true))
        {
            return NotFound();
        }

        try
        {
            var now = clock.GetUtcNow();
            var lines = change(Plan).ToList();
            db.PlanChanges.AddRange(lines.Select(l => new PlanChange(Plan.Id, viewer.UserId, l.Kind, l.Detail, now, l.Status)));
            if (lines.Count > 0)
            {
                audit.RecordOrganisational(viewer, AuditAction.Update, nameof(ImplementationPlan), id.ToString());
                await db.SaveChangesAsync(ct);
                TempData[Flash.Info] = text["plan.saved"].Value;
            }

            return RedirectToPage(new { id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(form, text[refused.Rule.Code]);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(form, text[ImplementationRules.Concurrent.Code]);
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        if (form != "Edit")
        {
            ModelState.Remove("Edit.Title");
            ModelState.Remove("Edit.Goals");
            ModelState.Remove("Edit.Version");
            Edit = new PlanEdit { Title = Plan.Title, Goals = Plan.Goals, Version = Plan.Version };
        }

        if (form != "Review")
        {
            ModelState.Remove("Review.NextReviewOn");
            Review.NextReviewOn = Plan.NextReviewOn;
        }

        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var viewer = User.AsViewer();
        var plans = db.ImplementationPlans.LedBy(db, viewer);
        var plan = await (tracked ? plans : plans.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        SiteName = await db.Sites.Where(s => s.Id == plan.SiteId).Select(s => s.Name).SingleAsync(ct);
        Staff = [.. (await db.StaffOf(plan.SiteId).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName))];
        var actions = db.PlanActions.Where(a => a.PlanId == id);
        var owners = actions.Select(a => a.OwnerId);
        Former = await db.Users.Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Actions = [.. (await (tracked ? actions : actions.AsNoTracking()).OrderBy(a => a.DueOn).ToListAsync(ct)).Select(a => new ActionLine(a, Owner(a.OwnerId)))];
        History = await (
                from c in db.PlanChanges.AsNoTracking()
                join u in db.Users on c.ByUserId equals u.Id
                where c.PlanId == id
                orderby c.At descending, c.Id descending
                select new HistoryLine(c, u.DisplayName))
            .ToListAsync(ct);
        return true;
    }

    private string Owner(Guid userId) => Staff.FirstOrDefault(s => s.Id == userId).Name ?? Former.GetValueOrDefault(userId, "–");

    /// <summary>The names of this plan's action owners, also of those no longer among the site's active staff.</summary>
    public IReadOnlyDictionary<Guid, string> Former { get; private set; } = new Dictionary<Guid, string>();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed class PlanEdit
    {
        [Display(Name = "plan.title-label")]
        public string? Title { get; set; }

        [Display(Name = "plan.goals-label")]
        public string? Goals { get; set; }

        public int Version { get; set; }
    }

    public sealed class ActionInput
    {
        [Display(Name = "plan.action-label")]
        public string? Description { get; set; }

        public int? StrategyId { get; set; }

        public Guid? OwnerId { get; set; }

        public DateOnly? DueOn { get; set; }
    }

    public sealed class ReviewInput
    {
        public DateOnly? NextReviewOn { get; set; }

        public string? Note { get; set; }
    }
}
