using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Measurement;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Admin.Instruments;

/// <summary>
/// Every instrument with its licence status for the organisation, and the import of an official wording (a licensed
/// instrument, or a free one's official translation in a language Tandem does not ship): the administrator records the
/// licence or source and uploads (or pastes) the FHIR Questionnaire, which must match the scoring definition.
/// </summary>
public sealed class InstrumentsModel(AppDbContext db, InstrumentCatalog catalog, QuestionnaireImport import, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty]
    public ImportInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<Row> Instruments { get; private set; } = [];

    /// <summary>The details behind a refused import (parser or definition check), shown under the summary.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The instruments with a wording to import: licensed ones, and free ones not shipped in every language.</summary>
    public IReadOnlyList<Instrument> Importable =>
        [.. catalog.All.Where(i => Language.All.Any(language => ImportedQuestionnaire.MayImport(i, language, catalog.LanguagesOf(i.Id))))];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > QuestionnaireImport.MaximumLength)
            {
                ModelState.AddModelError("Upload", text["import.too-long"]);
            }
            else
            {
                using var reader = new StreamReader(file.OpenReadStream());
                Input.Json = await reader.ReadToEndAsync(ct);
                ModelState.Remove("Input.Json");
            }
        }

        var instrument = catalog.Find(Input.InstrumentId);
        if (instrument is null || !Importable.Contains(instrument))
        {
            ModelState.AddModelError("Input.InstrumentId", text["validation.invalid"]);
        }

        if (string.IsNullOrWhiteSpace(Input.Json) && !ModelState.ContainsKey("Upload"))
        {
            ModelState.AddModelError("Input.Json", text["import.json-required"]);
        }

        if (!ModelState.IsValid)
        {
            return await RefusedAsync(ct);
        }

        var (questionnaire, parseProblem) = QuestionnaireImport.Parse(Input.Json!);
        var problem = parseProblem ?? import.Check(questionnaire!, instrument, Input.Language);
        if (problem is not null)
        {
            ModelState.AddModelError("Input.Json", text[problem.Key]);
            Problems = problem.Details;
            return await RefusedAsync(ct);
        }

        var licence = new ImportedQuestionnaire.Licence(Input.LicenceHolder, Input.LicenceReference, Input.ValidUntil);
        import.Add(User.AsViewer().OrganisationId, instrument!, questionnaire!, licence, User.UserId());
        await db.SaveChangesAsync(ct);
        TempData[Flash.Info] = text["import.done", instrument!.Name.For(UiLanguage.Current)].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> RefusedAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var page = Page();
        page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var organisationId = User.AsViewer().OrganisationId;
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        var imports = await db.ImportedQuestionnaires.Where(q => q.OrganisationId == organisationId)
            .OrderByDescending(q => q.ImportedAt)
            .Select(q => new { q.InstrumentId, q.InstrumentVersion, q.Language, q.LicenceReference, q.LicenceValidUntil, q.ImportedAt })
            .ToListAsync(ct);
        Instruments = [.. catalog.All.Select(instrument =>
        {
            var current = imports.Where(q => q.InstrumentId == instrument.Id && q.InstrumentVersion == instrument.Version)
                .GroupBy(q => q.Language).Select(g => g.First()).OrderBy(q => q.Language, StringComparer.Ordinal).ToList();
            var valid = current.Where(q => q.LicenceValidUntil is not { } until || until >= today).ToList();
            var state = instrument.Licence.Status == LicenceStatus.Free ? "free"
                : valid.Count > 0 ? "enabled"
                : current.Count > 0 ? "expired"
                : "not-enabled";
            IReadOnlyList<string> languages = [.. catalog.LanguagesOf(instrument.Id).Union(valid.Select(q => q.Language)).Order(StringComparer.Ordinal)];
            var licence = current.FirstOrDefault() is { } latest ? new LicenceRow(latest.LicenceReference, latest.LicenceValidUntil, latest.ImportedAt) : null;
            return new Row(instrument, state, languages, licence);
        })];
    }

    public sealed record Row(Instrument Instrument, string State, IReadOnlyList<string> Languages, LicenceRow? Licence);

    public sealed record LicenceRow(string Reference, DateOnly? ValidUntil, DateTimeOffset ImportedAt);

    public sealed class ImportInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(64, ErrorMessage = "validation.too-long")]
        [Display(Name = "import.instrument")]
        public string InstrumentId { get; set; } = "";

        [Required(ErrorMessage = "validation.required")]
        [RegularExpression("^(nl|en)$", ErrorMessage = "validation.invalid")]
        [Display(Name = "field.language")]
        public string Language { get; set; } = "nl";

        [StringLength(QuestionnaireImport.MaximumLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "import.json")]
        public string? Json { get; set; }

        [StringLength(200, ErrorMessage = "validation.too-long")]
        [Display(Name = "import.licence-holder")]
        public string? LicenceHolder { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [StringLength(200, ErrorMessage = "validation.too-long")]
        [Display(Name = "import.licence-reference")]
        public string LicenceReference { get; set; } = "";

        [Display(Name = "import.valid-until")]
        public DateOnly? ValidUntil { get; set; }
    }
}
