using System.Globalization;
using Tandem.Domain.Implementation;
using Tandem.Domain.Programmes;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Content;

/// <summary>
/// Reads and cross-checks the CSV tables of <c>content/implementation</c> (see its README): exact columns, every
/// construct and strategy worded in both languages, every matching row naming a known barrier and strategy with a
/// level its percentage allows, and every construct's CFIR 2009 mapping naming a known barrier.
/// </summary>
public static class ImplementationLoader
{
    /// <summary>CFIR 2009 constructs with no barrier of their own in the CFIR-ERIC survey; constructs mapped to them route to none.</summary>
    private static readonly HashSet<string> Umbrellas = new(["Engaging"], StringComparer.Ordinal);

    private const string WordingFile = "implementation/cfir-wording.csv", DutchStrategyFile = "implementation/eric-nl.csv";

    private static readonly string[] ConstructColumns = ["id", "domain", "subdomain", "construct", "sub_construct", "definition", "cfir_2009_construct", "mapping_status"];
    private static readonly string[] WordingColumns = ["id", "label_nl", "definition_nl", "statement_en", "statement_nl"];
    private static readonly string[] StrategyColumns = ["id", "name", "definition", "cluster"];
    private static readonly string[] StrategyDutchColumns = ["id", "name_nl", "definition_nl"];
    private static readonly string[] BarrierColumns = ["barrier", "domain", "level1_total", "level2_total", "status"];
    private static readonly string[] NomadColumns = ["item_id", "order", "part", "construct", "sub_construct", "item_text", "response_format", "wording_status", "source"];

    /// <summary>The columns of the matching table, shipped or imported.</summary>
    public static readonly string[] MatchingColumns =
        ["cfir_2009_barrier", "eric_strategy_id", "eric_strategy_name", "percent_endorsed", "level", "level_basis", "endorse_count", "n_respondents", "sources", "n_sources", "note"];

    public static (ImplementationCatalog? Catalog, IReadOnlyList<ContentError> Errors) Load(string contentRoot)
    {
        var errors = new List<ContentError>();
        var folder = Path.Combine(contentRoot, "implementation");
        Csv.Row[] Table(string file, string[] columns) => ReadTable(contentRoot, Path.Combine(folder, file), columns, errors);

        var barriers = Table("cfir2009-barriers.csv", BarrierColumns).Select(row => ReadBarrier(row, "implementation/cfir2009-barriers.csv", errors)).OfType<CfirBarrier>().ToList();
        var barrierNames = barriers.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);

        var wording = Table("cfir-wording.csv", WordingColumns).ToDictionary(r => r["id"], StringComparer.Ordinal);
        var constructs = new List<CfirConstruct>();
        foreach (var row in Table("cfir2-constructs.csv", ConstructColumns))
        {
            var file = "implementation/cfir2-constructs.csv";
            if (!wording.Remove(row["id"], out var words))
            {
                errors.Add(new ContentError(WordingFile, 0, $"construct '{row["id"]}' has no wording"));
                continue;
            }

            var routes = new List<string>();
            foreach (var name in row["cfir_2009_construct"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var barrier = name.Split(" (", 2)[0]; // "Available Resources (time)" is the barrier Available Resources
                if (barrierNames.Contains(barrier))
                {
                    routes.Add(barrier);
                }
                else if (!Umbrellas.Contains(barrier))
                {
                    errors.Add(new ContentError(file, row.Line, $"'{name}' is not a barrier of cfir2009-barriers.csv"));
                }
            }

            if (!Enum.TryParse<MappingStatus>(row["mapping_status"].Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mapping))
            {
                errors.Add(new ContentError(file, row.Line, $"unknown mapping_status '{row["mapping_status"]}'"));
            }

            var sub = Optional(row["sub_construct"]);
            constructs.Add(new CfirConstruct(
                row["id"], row["domain"], Optional(row["subdomain"]), row["construct"], sub,
                Text(words["label_nl"], sub ?? row["construct"], WordingFile, words.Line, errors),
                Text(words["definition_nl"], row["definition"], WordingFile, words.Line, errors),
                Text(words["statement_nl"], words["statement_en"], WordingFile, words.Line, errors),
                routes, mapping));
        }

        errors.AddRange(wording.Values.Select(w => new ContentError(WordingFile, w.Line, $"'{w["id"]}' is not a construct of cfir2-constructs.csv")));

        var dutch = Table("eric-nl.csv", StrategyDutchColumns).ToDictionary(r => r["id"], StringComparer.Ordinal);
        var strategies = new List<EricStrategy>();
        foreach (var row in Table("eric-strategies.csv", StrategyColumns))
        {
            if (!int.TryParse(row["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !dutch.Remove(row["id"], out var nl))
            {
                errors.Add(new ContentError("implementation/eric-strategies.csv", row.Line, $"strategy '{row["id"]}' needs a whole-number id and a row in eric-nl.csv"));
                continue;
            }

            strategies.Add(new EricStrategy(id, row["name"], Required(nl["name_nl"], DutchStrategyFile, nl.Line, errors), Text(nl["definition_nl"], row["definition"], DutchStrategyFile, nl.Line, errors), row["cluster"]));
        }

        errors.AddRange(dutch.Values.Select(d => new ContentError(DutchStrategyFile, d.Line, $"'{d["id"]}' is not a strategy of eric-strategies.csv")));

        var nomad = ReadNomad(contentRoot, Table("nomad.csv", NomadColumns), errors);
        var catalog = new ImplementationCatalog(constructs, strategies, barriers, [], nomad);
        var (table, tableErrors) = ReadMatching(Table("cfir-eric-matching.csv", MatchingColumns), catalog);
        errors.AddRange(tableErrors.Select(e => new ContentError("implementation/cfir-eric-matching.csv", e.Line, e.Message)));
        return (errors.Count == 0 ? new ImplementationCatalog(constructs, strategies, barriers, table, nomad) : null, errors);
    }

    /// <summary>
    /// Validates matching rows (shipped or imported) against the catalog: a known barrier and strategy (the name must
    /// match its id), a percentage from 0 to 100 where given, and a level that agrees with it; no pair twice.
    /// </summary>
    public static (IReadOnlyList<Endorsement> Rows, IReadOnlyList<Csv.Problem> Errors) ReadMatching(IEnumerable<Csv.Row> rows, ImplementationCatalog catalog)
    {
        var errors = new List<Csv.Problem>();
        var endorsements = new List<Endorsement>();
        var seen = new HashSet<(string, int)>();
        foreach (var row in rows)
        {
            var barrier = row["cfir_2009_barrier"];
            if (catalog.Barrier(barrier) is null)
            {
                errors.Add(new(row.Line, ImplementationRules.MatchingBarrier, barrier));
                continue;
            }

            if (!int.TryParse(row["eric_strategy_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || catalog.Strategy(id) is not { } strategy)
            {
                errors.Add(new(row.Line, ImplementationRules.MatchingStrategy, row["eric_strategy_id"]));
                continue;
            }

            if (!string.Equals(strategy.Name, row["eric_strategy_name"], StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new(row.Line, ImplementationRules.MatchingName, id, strategy.Name, row["eric_strategy_name"]));
                continue;
            }

            int? percent = null;
            if (row["percent_endorsed"].Length > 0)
            {
                if (!int.TryParse(row["percent_endorsed"], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 100)
                {
                    errors.Add(new(row.Line, ImplementationRules.MatchingPercent, row["percent_endorsed"]));
                    continue;
                }

                percent = value;
            }

            EndorsementLevel? level = row["level"] switch
            {
                "1" => EndorsementLevel.One,
                "2" => EndorsementLevel.Two,
                "1-or-2" => EndorsementLevel.OneOrTwo,
                "" when percent is { } p => Endorsement.LevelOf(p),
                _ => null,
            };
            if (level is null || (percent is { } printed && level != EndorsementLevel.OneOrTwo && Endorsement.LevelOf(printed) != level))
            {
                errors.Add(new(row.Line, ImplementationRules.MatchingLevel, row["level"]));
                continue;
            }

            if (!seen.Add((barrier, id)))
            {
                errors.Add(new(row.Line, ImplementationRules.MatchingTwice, barrier, id));
                continue;
            }

            endorsements.Add(new Endorsement(barrier, id, percent, level.Value));
        }

        return (endorsements, errors);
    }

    /// <summary>The NoMAD items <c>nomad-scoring.yaml</c> asks, in their order, with "[intervention]" filled in.</summary>
    private static List<NomadItem> ReadNomad(string contentRoot, Csv.Row[] rows, List<ContentError> errors)
    {
        var path = Path.Combine(contentRoot, "implementation", "nomad-scoring.yaml");
        var file = new YamlFile(ProgrammeLoader.Relative(contentRoot, path), errors);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(file.Name, 0, "file is missing"));
            return [];
        }

        if (file.Load(path, "NoMAD scoring") is not { } root)
        {
            return [];
        }

        root.AllowOnly("intervention", "items", "reverse");
        var intervention = root.String("intervention") ?? "";
        var byId = rows.ToDictionary(r => r["item_id"], StringComparer.Ordinal);
        var reverse = root.Strings("reverse", required: false).Select(s => s.Value ?? "").ToHashSet(StringComparer.Ordinal);
        var items = new List<NomadItem>();
        foreach (var id in root.Strings("items"))
        {
            if (!byId.TryGetValue(id.Value ?? "", out var row) || row["part"] != "B")
            {
                file.Error(id, $"'{id.Value}' is not a construct item (part B) of nomad.csv");
                continue;
            }

            items.Add(new NomadItem(
                row["item_id"], int.Parse(row["order"], CultureInfo.InvariantCulture), row["construct"], row["sub_construct"],
                row["item_text"].Replace("[intervention]", intervention, StringComparison.Ordinal), reverse.Contains(row["item_id"])));
        }

        foreach (var id in reverse.Where(r => !items.Any(i => i.Id == r)))
        {
            file.Error(root.KeyNode("reverse"), $"reversed item '{id}' is not asked");
        }

        return items;
    }

    private static Csv.Row[] ReadTable(string contentRoot, string path, string[] columns, List<ContentError> errors)
    {
        var name = ProgrammeLoader.Relative(contentRoot, path);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(name, 0, "file is missing"));
            return [];
        }

        var table = Csv.Read(File.ReadAllText(path));
        if (table.Error is { } problem)
        {
            errors.Add(new ContentError(name, problem.Line, problem.Message));
            return [];
        }

        if (!table.Header.SequenceEqual(columns))
        {
            errors.Add(new ContentError(name, 1, $"the columns must be: {string.Join(',', columns)}"));
            return [];
        }

        return [.. table.Rows];
    }

    private static CfirBarrier? ReadBarrier(Csv.Row row, string file, List<ContentError> errors)
    {
        if (!Enum.TryParse<Coverage>(row["status"], ignoreCase: true, out var coverage))
        {
            errors.Add(new ContentError(file, row.Line, $"status '{row["status"]}' must be missing, partial or complete"));
            return null;
        }

        return new CfirBarrier(row["barrier"], row["domain"], Count(row["level1_total"]), Count(row["level2_total"]), coverage);
    }

    private static int? Count(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    private static string Required(string value, string file, int line, List<ContentError> errors)
    {
        if (value.Length == 0)
        {
            errors.Add(new ContentError(file, line, "a text is empty"));
        }

        return value;
    }

    private static LocalizedText Text(string dutch, string english, string file, int line, List<ContentError> errors) =>
        new(Required(dutch, file, line, errors), Required(english, file, line, errors));
}
