using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Audit;
using Tandem.Domain.Reporting;
using Tandem.Web.Auth;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Guidance;
using Tandem.Web.Infrastructure;
using Tandem.Web.Reporting;

namespace Tandem.Web.Pages.Staff.Reports;

/// <summary>
/// The RE-AIM dashboard: reach, adoption, implementation, effectiveness and maintenance for one unit (organisation,
/// site, team or therapist) over a period of months, from the roll-up (<see cref="ReAimRollup"/>), with a breakdown one
/// level down, definitions on the page and every table as CSV. Scope in <see cref="DashboardScope"/>.
/// </summary>
public sealed class ReAimModel(
    AppDbContext db, AuditTrail audit, ReAimRollup rollup, ProgrammeCatalog programmes, IOptions<ReportingOptions> options, IOptions<GuidanceOptions> guidance,
    TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    /// <summary>The longest period one view covers, in months.</summary>
    public const int MaxMonths = 36;

    public static readonly string[] Tables = ["reach", "adoption", "implementation", "effectiveness", "breakdown", "maintenance"];

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Programme { get; set; }

    public DashboardScope Scope { get; private set; } = null!;
    public ReportUnit Selected { get; private set; } = null!;
    public DateOnly FirstMonth { get; private set; }
    public DateOnly LastMonth { get; private set; }
    public DateTimeOffset? ComputedAt { get; private set; }
    public DateOnly? GoLiveOn { get; private set; }
    public int RefreshMinutes => options.Value.RefreshMinutes;
    public IReadOnlyList<(string Id, string Title)> Programmes { get; private set; } = [];
    public IReadOnlyList<Metric> Reach { get; private set; } = [];
    public IReadOnlyList<Metric> AdoptionFigures { get; private set; } = [];
    public IReadOnlyList<Metric> Implementation { get; private set; } = [];
    public IReadOnlyList<(PrimaryOutcome Outcome, IReadOnlyList<Metric> Figures)> Effectiveness { get; private set; } = [];
    public IReadOnlyList<(ReportUnit Unit, IReadOnlyList<Metric> Figures)> Breakdown { get; private set; } = [];
    public IReadOnlyList<(DateOnly Month, IReadOnlyList<Metric> Figures)> Maintenance { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        audit.RecordOrganisational(User.AsViewer(), AuditAction.Read, "ReAimDashboard", Selected.Key);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken ct)
    {
        if (table is null || !Tables.Contains(table))
        {
            return NotFound();
        }

        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        var csv = new StringBuilder();
        void Figures(IEnumerable<Metric> metrics, string? group = null)
        {
            foreach (var m in metrics)
            {
                csv.Append(group is null ? Csv.Line([m.Id, m.Raw]) : Csv.Line([group, m.Id, m.Raw]));
            }
        }

        void Wide<TKey>(string first, IReadOnlyList<(TKey Key, IReadOnlyList<Metric> Figures)> rows, Func<TKey, string> name)
        {
            var columns = rows.Count > 0 ? rows[0].Figures.Select(f => f.Id) : ReAimReport.Key(new ReAimTotals()).Select(f => f.Id);
            csv.Append(Csv.Line([first, .. columns]));
            foreach (var (key, figures) in rows)
            {
                csv.Append(Csv.Line([name(key), .. figures.Select(f => f.Raw)]));
            }
        }

        switch (table)
        {
            case "effectiveness":
                csv.Append(Csv.Line(["outcome", "metric", "value"]));
                foreach (var (outcome, figures) in Effectiveness)
                {
                    Figures(figures, $"{outcome.Instrument.Id}/{outcome.Scale.Id}");
                }

                break;
            case "breakdown":
                Wide("unit", Breakdown, u => u.Name);
                break;
            case "maintenance":
                Wide("month", Maintenance, m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                break;
            default:
                csv.Append(Csv.Line(["metric", "value"]));
                Figures(table switch { "reach" => Reach, "adoption" => AdoptionFigures, _ => Implementation });
                break;
        }

        audit.RecordOrganisational(User.AsViewer(), AuditAction.Export, "ReAimDashboard", $"{Selected.Key} {table}");
        await db.SaveChangesAsync(ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"tandem-re-aim-{table}-{FirstMonth:yyyy-MM}-{LastMonth:yyyy-MM}.csv");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
    }

    /// <summary>Recomputes the roll-up now, for whoever may see the dashboard, then shows it again.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken ct)
    {
        var scope = await DashboardScope.ForAsync(db, User.AsViewer(), ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        await rollup.RefreshAsync(ct);
        TempData[Flash.Info] = text["reaim.refreshed"].Value;
        return RedirectToPage(new { Unit, From, To, Programme });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var viewer = User.AsViewer();
        Scope = await DashboardScope.ForAsync(db, viewer, ct);
        if (Scope.IsEmpty)
        {
            return Forbid();
        }

        if (Scope.Find(Unit) is not { } selected)
        {
            return NotFound();
        }

        Selected = selected;
        Programmes = [.. programmes.All.Select(p => (p.Id, p.Title.For(UiLanguage.Current)))];
        if (!string.IsNullOrEmpty(Programme) && Programmes.All(p => p.Id != Programme))
        {
            ModelState.AddModelError(nameof(Programme), text["reaim.programme-unknown"]);
        }

        var thisMonth = Month(ClinicCalendar.DateOf(clock.GetUtcNow()));
        var first = ParseMonth(From) ?? thisMonth.AddMonths(-5);
        var last = ParseMonth(To) ?? thisMonth;
        if ((From is not null && ParseMonth(From) is null) || (To is not null && ParseMonth(To) is null)
            || first > last || last > thisMonth || first.AddMonths(MaxMonths) <= last)
        {
            ModelState.AddModelError(nameof(From), text["reaim.period", MaxMonths]);
        }

        if (!ModelState.IsValid)
        {
            (first, last) = (thisMonth.AddMonths(-5), thisMonth);
            (FirstMonth, LastMonth) = (first, last);
            await FillAsync(ct);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        (FirstMonth, LastMonth) = (first, last);
        await FillAsync(ct);
        return null;
    }

    private async Task FillAsync(CancellationToken ct)
    {
        var programme = string.IsNullOrEmpty(Programme) || Programmes.All(p => p.Id != Programme) ? null : Programme;

        // One aggregate over the months the maintenance series shows (up to MaxMonths back), which hold the period's.
        var since = LastMonth.AddMonths(-(MaxMonths - 1));
        var sums = await ReAimQueries.SumsAsync(db, Selected, programme, since < FirstMonth ? since : FirstMonth, LastMonth, ct);
        ComputedAt = await ReAimQueries.ComputedAtAsync(db, ct);
        var period = sums.Where(s => s.Sums.Month >= FirstMonth && s.Sums.Month <= LastMonth).ToList();
        var totals = ReAimTotals.Of(period.Select(s => s.Sums));

        Reach = ReAimReport.Reach(totals, await ReAimQueries.ReferralsAsync(db, Selected, FirstMonth, LastMonth, ct));
        AdoptionFigures = ReAimReport.Adoption(await ReAimQueries.AdoptionAsync(db, Selected, FirstMonth, LastMonth, ct));
        Implementation = ReAimReport.Implementation(totals);
        Effectiveness = [.. options.Value.PrimaryOutcomes
            .Where(o => programme is null || o.Key == programme)
            .Select(o => (Id: o.Key, Primary: rollup.PrimaryScale(o.Value)))
            .Where(o => o.Primary is not null)
            .Select(o => (new PrimaryOutcome(o.Id, o.Primary!.Value.Instrument, o.Primary.Value.Scale),
                ReAimReport.Effectiveness(ReAimTotals.Of(period.Where(s => s.Sums.ProgrammeId == o.Id).Select(s => s.Sums)))))];
        var byChild = period.ToLookup(s => s.Child, s => s.Sums);
        Breakdown = [.. Scope.ChildrenOf(Selected).Select(child => (child, ReAimReport.Key(ReAimTotals.Of(byChild[child.Id]))))];

        // Maintenance: every month since the unit went live (else since its first activity), up to the period's end.
        var byMonth = sums.ToLookup(s => s.Sums.Month, s => s.Sums);
        GoLiveOn = await ReAimQueries.GoLiveAsync(db, Selected, ct);
        var first = GoLiveOn is { } live && live <= LastMonth ? Month(live)
            : sums.Count == 0 ? FirstMonth : sums.Min(s => s.Sums.Month);
        first = first < since ? since : first;
        List<(DateOnly, IReadOnlyList<Metric>)> series = [];
        for (var m = first < FirstMonth ? first : FirstMonth; m <= LastMonth; m = m.AddMonths(1))
        {
            series.Add((m, ReAimReport.Key(ReAimTotals.Of(byMonth[m]))));
        }

        Maintenance = series;
    }

    /// <summary>A figure table on the page: its CSV name, caption, figures and the arguments of their definitions.</summary>
    public sealed record MetricTable(string Id, string Caption, IReadOnlyList<Metric> Metrics, string CsvUrl, object[] Arguments);

    /// <summary>A table with a row per unit or month: its CSV name, caption, first column's title, rows and figure columns.</summary>
    public sealed record WideTable(string Id, string Caption, string First, IReadOnlyList<(string Name, IReadOnlyList<Metric> Figures)> Rows, string CsvUrl)
    {
        public IEnumerable<string> Columns => (Rows.Count > 0 ? Rows[0].Figures : ReAimReport.Key(new ReAimTotals())).Select(f => f.Id);
    }

    public MetricTable Table(IUrlHelper url, string table, string caption, IReadOnlyList<Metric> metrics, params object[] arguments) =>
        new(table, caption, metrics, CsvUrl(url, table), arguments);

    public WideTable Wide(IUrlHelper url, string table, string caption, string first, IEnumerable<(string, IReadOnlyList<Metric>)> rows) =>
        new(table, caption, first, [.. rows], CsvUrl(url, table));

    public int FeedbackWorkingDays => guidance.Value.FeedbackWorkingDays;

    private string CsvUrl(IUrlHelper url, string table) =>
        url.Page("/Staff/Reports/ReAim", "Csv", new { table, unit = Selected.Key, from = $"{FirstMonth:yyyy-MM}", to = $"{LastMonth:yyyy-MM}", programme = Programme })!;

    /// <summary>The benchmark change of an outcome's scale, if its trial reported one.</summary>
    public static double? BenchmarkOf(PrimaryOutcome outcome) => outcome.Scale.Benchmark?.Change;

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly? ParseMonth(string? value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
