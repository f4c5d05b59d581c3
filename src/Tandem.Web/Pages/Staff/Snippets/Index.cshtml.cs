using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Guidance;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Staff.Snippets;

/// <summary>
/// Snippets for the feedback editor: a therapist's own, and their team's (which everyone in the team may edit).
/// Snippets are reusable wording with placeholders, never about one patient, so they are not audited.
/// </summary>
public sealed class SnippetsIndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public SnippetInput Input { get; set; } = new();

    public IReadOnlyList<Snippet> Snippets { get; private set; } = [];

    public bool HasTeam => User.AsViewer().TeamId is not null;

    public async Task<IActionResult> OnGetAsync(Guid? edit, CancellationToken ct)
    {
        if (!MayWrite(User.AsViewer()))
        {
            return Forbid();
        }

        await LoadAsync(ct);
        if (edit is { } id)
        {
            var snippet = Snippets.FirstOrDefault(s => s.Id == id);
            if (snippet is null)
            {
                return NotFound();
            }

            Input = new SnippetInput { Id = snippet.Id, Title = snippet.Title, Text = snippet.Text, ForTeam = snippet.TeamId is not null };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!MayWrite(viewer))
        {
            return Forbid();
        }

        await LoadAsync(ct);
        var now = clock.GetUtcNow();
        try
        {
            if (Input.Id is { } id)
            {
                if (Snippets.FirstOrDefault(s => s.Id == id) is not { } snippet)
                {
                    return NotFound();
                }

                snippet.Edit(Input.Title, Input.Text, now);
            }
            else
            {
                db.Snippets.Add(Input.ForTeam && viewer.TeamId is { } teamId
                    ? Snippet.ForTeam(viewer.OrganisationId, teamId, Input.Title, Input.Text, now)
                    : Snippet.Personal(viewer.OrganisationId, viewer.UserId, Input.Title, Input.Text, now));
            }

            await db.SaveChangesAsync(ct);
            TempData[Flash.Info] = text["snippets.saved"].Value;
            return RedirectToPage();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(refused.Rule == GuidanceRules.SnippetTitle ? "Input.Title" : "Input.Text", text[refused.Rule.Code]);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (!MayWrite(User.AsViewer()))
        {
            return Forbid();
        }

        await LoadAsync(ct);
        if (Snippets.FirstOrDefault(s => s.Id == id) is not { } snippet)
        {
            return NotFound();
        }

        db.Snippets.Remove(snippet);
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["snippets.deleted"].Value;
        return RedirectToPage();
    }

    private static bool MayWrite(Viewer viewer) => viewer.Has(Role.Therapist) || viewer.Has(Role.Supervisor);

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        Snippets = await db.Snippets
            .Where(s => s.OwnerUserId == viewer.UserId || (viewer.TeamId != null && s.TeamId == viewer.TeamId))
            .OrderBy(s => s.TeamId != null).ThenBy(s => s.Title)
            .ToListAsync(ct);
    }

    public sealed class SnippetInput
    {
        public Guid? Id { get; set; }

        [Display(Name = "snippets.title-label")]
        public string? Title { get; set; }

        [Display(Name = "snippets.text-label")]
        public string? Text { get; set; }

        public bool ForTeam { get; set; }
    }
}
