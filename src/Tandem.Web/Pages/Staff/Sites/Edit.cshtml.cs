using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Audit;
using Tandem.Domain.Organisations;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Staff.Sites;

/// <summary>
/// A site's configuration for its organisation administrator or manager: public face, feedback deadline, reminder
/// default, programmes and questionnaires offered, go-live date and logo. Every changed setting is a history line and
/// the save an audit entry; two people saving at once are told (the site's version is checked).
/// </summary>
[RequestSizeLimit(1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 1024 * 1024)]
public sealed class SiteEditModel(
    AppDbContext db, AuditTrail audit, ProgrammeCatalog programmes, InstrumentCatalog instruments, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public sealed record HistoryLine(SiteChange Change, string By);

    [BindProperty]
    public SiteInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Logo { get; set; }

    public Site Site { get; private set; } = null!;
    public bool HasLogo { get; private set; }
    public IReadOnlyList<HistoryLine> History { get; private set; } = [];
    public ProgrammeCatalog Programmes => programmes;
    public InstrumentCatalog Instruments => instruments;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!User.AsViewer().ConfiguresSites())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, tracked: false, ct))
        {
            return NotFound();
        }

        Input = SiteInput.From(Site, ProgrammeIds, InstrumentIds);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.ConfiguresSites())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, tracked: true, ct))
        {
            return NotFound();
        }

        var status = StatusCodes.Status422UnprocessableEntity;
        var settings = Input.ToSettings(ProgrammeIds, InstrumentIds);
        await CheckAsync(settings, ct);
        var logo = await ReadLogoAsync(ct);
        if (Site.Version != Input.Version)
        {
            ModelState.AddModelError(string.Empty, text[SiteRules.Concurrent.Code]);
            status = StatusCodes.Status409Conflict;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var now = clock.GetUtcNow();
                var changes = Site.Configure(settings).ToList();
                if (logo is not null)
                {
                    changes.Add(await ReplaceLogoAsync(logo, now, ct));
                }

                if (changes.Count > 0)
                {
                    db.SiteChanges.AddRange(changes.Select(c => new SiteChange(Site.Id, viewer.UserId, c.Field, c.Old, c.New, now)));
                    audit.RecordOrganisational(viewer, AuditAction.Update, nameof(Site), Site.Id.ToString());
                    await db.SaveChangesAsync(ct);
                }

                TempData[Flash.Info] = text["sites.saved"].Value;
                return RedirectToPage(new { id });
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, text[SiteRules.Concurrent.Code]);
                status = StatusCodes.Status409Conflict;
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError("Input.Slug", text[SiteRules.SlugTaken.Code]);
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, tracked: false, ct);
        return new PageResult { StatusCode = status };
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync(Guid id, CancellationToken ct)
    {
        var viewer = User.AsViewer();
        if (!viewer.ConfiguresSites())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, tracked: false, ct))
        {
            return NotFound();
        }

        if (await db.SiteLogos.Where(l => l.SiteId == id).ExecuteDeleteAsync(ct) > 0)
        {
            db.SiteChanges.Add(new SiteChange(id, viewer.UserId, "Logo", "logo", null, clock.GetUtcNow()));
            audit.RecordOrganisational(viewer, AuditAction.Update, nameof(Site), id.ToString());
            await db.SaveChangesAsync(ct);
        }

        TempData[Flash.Info] = text["sites.saved"].Value;
        return RedirectToPage(new { id });
    }

    public string FieldName(string field) => text[$"sites.field.{field}"];

    private IEnumerable<string> ProgrammeIds => programmes.All.Select(p => p.Id);

    private IEnumerable<string> InstrumentIds => instruments.All.Select(i => i.Id);

    private async Task CheckAsync(SiteSettings settings, CancellationToken ct)
    {
        foreach (var (field, rule) in settings.Problems())
        {
            var message = rule == SiteRules.Contrast && BrandColour.TryParse(settings.BrandColour, out var colour)
                ? text[rule.Code, BrandColour.ContrastWithWhite(colour).ToString("0.0", CultureInfo.CurrentCulture)]
                : text[rule.Code];
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (Input.WorkingWeekdays.Count == 0 || Input.WorkingWeekdays.Any(d => !Enum.IsDefined(d)))
        {
            ModelState.AddModelError("Input.WorkingWeekdays", text[SiteRules.Weekdays.Code]);
        }

        if (Input.EnabledProgrammes.Any(p => programmes.Find(p) is null))
        {
            ModelState.AddModelError("Input.EnabledProgrammes", text[SiteRules.Programme.Code]);
        }

        if (Input.EnabledInstruments.Any(i => instruments.Find(i) is null))
        {
            ModelState.AddModelError("Input.EnabledInstruments", text[SiteRules.Instrument.Code]);
        }

        if (settings.Slug is { } slug && await db.Sites.AnyAsync(s => s.Slug == slug && s.Id != Site.Id, ct))
        {
            ModelState.AddModelError("Input.Slug", text[SiteRules.SlugTaken.Code]);
        }
    }

    /// <summary>The uploaded logo's bytes, or null without one; a file that is too large is not read.</summary>
    private async Task<byte[]?> ReadLogoAsync(CancellationToken ct)
    {
        if (Logo is not { Length: > 0 })
        {
            return null;
        }

        if (Logo.Length > SiteLogo.MaxBytes)
        {
            ModelState.AddModelError(nameof(Logo), text[SiteRules.LogoSize.Code]);
            return null;
        }

        using var buffer = new MemoryStream();
        await Logo.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        try
        {
            _ = new SiteLogo(Site.Id, bytes, clock.GetUtcNow()); // checks type, size and SVG content
            return bytes;
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(Logo), text[refused.Rule.Code]);
            return null;
        }
    }

    private async Task<(string Field, string? Old, string? New)> ReplaceLogoAsync(byte[] bytes, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.SiteLogos.SingleOrDefaultAsync(l => l.SiteId == Site.Id, ct);
        var old = existing?.ContentType;
        if (existing is null)
        {
            existing = new SiteLogo(Site.Id, bytes, now);
            db.SiteLogos.Add(existing);
        }
        else
        {
            existing.Replace(bytes, now);
        }

        return ("Logo", old, $"{existing.ContentType}, {bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes");
    }

    private async Task<bool> LoadAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var sites = db.Sites.ConfiguredBy(User.AsViewer());
        var site = await (tracked ? sites : sites.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (site is null)
        {
            return false;
        }

        Site = site;
        HasLogo = await db.SiteLogos.AnyAsync(l => l.SiteId == id, ct);
        History = await (
                from c in db.SiteChanges.AsNoTracking()
                join u in db.Users on c.ByUserId equals u.Id
                where c.SiteId == id
                orderby c.At descending, c.Id descending
                select new HistoryLine(c, u.DisplayName))
            .Take(200)
            .ToListAsync(ct);
        return true;
    }
}
