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
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Implementation;

/// <summary>
/// An invited colleague rates the round's constructs from strong barrier to strong facilitator (or "don't know"), with an
/// optional comment. Saving keeps unfinished ratings; sending needs every construct answered. Both work until the round
/// closes, so a sent answer can still be corrected. Only invitees reach this page (anyone else: 404).
/// </summary>
public sealed class RespondModel(AppDbContext db, ImplementationCatalog catalog, AuditTrail audit, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    /// <summary>The value of the "don't know" option.</summary>
    public const string DontKnow = "dk";

    public CfirRound Round { get; private set; } = null!;
    public bool IsOpen { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    [BindProperty]
    public List<RatingInput> Ratings { get; set; } = [];

    public CfirConstruct ConstructOf(string id) => catalog.Construct(id)!;

    /// <summary>The round's constructs that the catalogue still has (a content release could drop one).</summary>
    private IEnumerable<string> Constructs => Round.ConstructIds.Where(id => catalog.Construct(id) is not null);

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken ct)
    {
        if (await LoadAsync(roundId, ct) is not { } invitation)
        {
            return NotFound();
        }

        var mine = await db.CfirRatings.AsNoTracking().Where(r => r.RoundId == roundId && r.RespondentId == invitation.UserId).ToListAsync(ct);
        Ratings = [.. Constructs.Select(id => mine.FirstOrDefault(r => r.ConstructId == id) is { } rating
            ? new RatingInput { ConstructId = id, Score = rating.Score?.ToString(CultureInfo.InvariantCulture) ?? DontKnow, Comment = rating.Comment }
            : new RatingInput { ConstructId = id })];
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken ct) => SaveAsync(roundId, send: false, ct);

    public Task<IActionResult> OnPostSendAsync(Guid roundId, CancellationToken ct) => SaveAsync(roundId, send: true, ct);

    private async Task<IActionResult> SaveAsync(Guid roundId, bool send, CancellationToken ct)
    {
        if (await LoadAsync(roundId, ct) is not { } invitation)
        {
            return NotFound();
        }

        var viewer = User.AsViewer();
        var now = clock.GetUtcNow();
        var given = Ratings.Where(r => Round.ConstructIds.Contains(r.ConstructId)).DistinctBy(r => r.ConstructId).ToDictionary(r => r.ConstructId);
        Ratings = [.. Constructs.Select(id => given.GetValueOrDefault(id) ?? new RatingInput { ConstructId = id })];
        if (!IsOpen)
        {
            ModelState.AddModelError("", text[ImplementationRules.RoundClosed.Code]);
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }

        var stored = await db.CfirRatings.Where(r => r.RoundId == roundId && r.RespondentId == viewer.UserId).ToDictionaryAsync(r => r.ConstructId, ct);
        for (var i = 0; i < Ratings.Count; i++)
        {
            var input = Ratings[i];
            if (string.IsNullOrEmpty(input.Score) && string.IsNullOrWhiteSpace(input.Comment))
            {
                if (send)
                {
                    ModelState.AddModelError($"Ratings[{i}].Score", text["impl.rating-missing"]);
                }

                continue;
            }

            if (!TryScore(input.Score, out var score))
            {
                ModelState.AddModelError($"Ratings[{i}].Score", text[ImplementationRules.RatingScore.Code]);
                continue;
            }

            try
            {
                if (!stored.TryGetValue(input.ConstructId, out var rating))
                {
                    rating = new CfirRating(roundId, viewer.UserId, input.ConstructId);
                    db.CfirRatings.Add(rating);
                }

                rating.Rate(score, input.Comment, now);
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError($"Ratings[{i}].Comment", text[refused.Rule.Code]);
            }
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        if (send)
        {
            db.Attach(invitation).State = EntityState.Unchanged;
            invitation.Submit(now);
        }

        audit.RecordOrganisational(viewer, AuditAction.Update, "CfirRating", roundId.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same first save sent twice at once (a double click): the other request stored these ratings.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", text[ImplementationRules.RatingsConcurrent.Code]);
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }

        TempData[Flash.Info] = text[send ? "impl.ratings-sent" : "impl.ratings-saved"].Value;
        return send ? RedirectToPage("/Staff/Implementation/Index") : RedirectToPage(new { roundId });
    }

    private static bool TryScore(string? input, out int? score)
    {
        score = null;
        if (input == DontKnow)
        {
            return true;
        }

        if (int.TryParse(input, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value is >= -2 and <= 2)
        {
            score = value;
            return true;
        }

        return false;
    }

    private async Task<CfirInvitation?> LoadAsync(Guid roundId, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        var found = await (
                from i in db.CfirInvitations
                join r in db.CfirRounds on i.RoundId equals r.Id
                where i.RoundId == roundId && i.UserId == viewer.UserId && r.OrganisationId == viewer.OrganisationId
                select new { Invitation = i, Round = r })
            .AsNoTracking().SingleOrDefaultAsync(ct);
        if (found is null || !viewer.MaySeeHealthData)
        {
            return null;
        }

        Round = found.Round;
        IsOpen = found.Round.IsOpen(clock.GetUtcNow());
        SubmittedAt = found.Invitation.SubmittedAt;
        return found.Invitation;
    }

    public sealed class RatingInput
    {
        public string ConstructId { get; set; } = "";

        /// <summary>"-2" … "2", or <see cref="DontKnow"/>.</summary>
        public string? Score { get; set; }

        public string? Comment { get; set; }
    }
}
