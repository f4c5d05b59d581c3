using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Implementation.Nomad;

/// <summary>
/// A member of staff of the round's site answers the 20 NoMAD construct items once, anonymously: the answers are stored
/// under a random response id, apart from the record that this person took part. Anyone else gets 404.
/// </summary>
public sealed class NomadAnswerModel(AppDbContext db, ImplementationCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    /// <summary>The answer options: agreement 5 (strongly agree) … 1, then the three "not relevant" reasons.</summary>
    public static readonly string[] Options = ["5", "4", "3", "2", "1", "nr-role", "nr-stage", "nr-intervention"];

    public NomadRound Round { get; private set; } = null!;
    public IReadOnlyList<NomadItem> Items => catalog.NomadItems;
    public bool Answered { get; private set; }

    [BindProperty]
    public List<string?> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken ct)
    {
        if (!await LoadAsync(roundId, ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken ct)
    {
        if (!await LoadAsync(roundId, ct))
        {
            return NotFound();
        }

        var viewer = User.AsViewer();
        if (Answered || !Round.IsOpen(clock.GetUtcNow()))
        {
            ModelState.AddModelError("", text[Answered ? ImplementationRules.NomadAnswered.Code : ImplementationRules.RoundClosed.Code]);
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }

        var responseId = Guid.NewGuid();
        var answers = new List<NomadAnswer>();
        for (var i = 0; i < Items.Count; i++)
        {
            var given = i < Answers.Count ? Answers[i] : null;
            (int? agreement, NotRelevant? reason) = given switch
            {
                "nr-role" => ((int?)null, (NotRelevant?)NotRelevant.ToMyRole),
                "nr-stage" => (null, NotRelevant.AtThisStage),
                "nr-intervention" => (null, NotRelevant.ToTheIntervention),
                "1" or "2" or "3" or "4" or "5" => (given[0] - '0', null),
                _ => (null, null),
            };
            if (agreement is null && reason is null)
            {
                ModelState.AddModelError($"Answers[{i}]", text[ImplementationRules.NomadAnswer.Code]);
                continue;
            }

            answers.Add(new NomadAnswer(roundId, responseId, Items[i].Id, agreement, reason));
        }

        if (!ModelState.IsValid)
        {
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        db.NomadParticipations.Add(new NomadParticipation(roundId, viewer.UserId));
        db.NomadAnswers.AddRange(answers);
        audit.RecordOrganisational(viewer, AuditAction.Create, "NomadParticipation", roundId.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", text[ImplementationRules.NomadAnswered.Code]);
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }

        TempData[Flash.Info] = text["nomad.thanks"].Value;
        return RedirectToPage("/Staff/Implementation/Index");
    }

    private async Task<bool> LoadAsync(Guid roundId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.MaySeeHealthData || viewer.SiteId is not { } siteId)
        {
            return false;
        }

        Round = (await db.NomadRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId && r.SiteId == siteId && r.OrganisationId == viewer.OrganisationId, ct))!;
        if (Round is null)
        {
            return false;
        }

        Answered = await db.NomadParticipations.AnyAsync(p => p.RoundId == roundId && p.UserId == viewer.UserId, ct);
        return true;
    }
}
