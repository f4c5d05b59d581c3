using System.Globalization;
using Tandem.Domain.Measurement;
using YamlDotNet.RepresentationModel;

namespace Tandem.Web.Content;

/// <summary>Reads an instrument.yaml (format: content/INSTRUMENTS.md) into an <see cref="Instrument"/>, or reports why not.</summary>
internal static class InstrumentReader
{
    private static readonly Dictionary<string, LicenceStatus> LicenceStatuses = new() { ["free"] = LicenceStatus.Free, ["licensed"] = LicenceStatus.Licensed };
    private static readonly Dictionary<string, ScaleMethod> Methods = new() { ["sum"] = ScaleMethod.Sum, ["mean"] = ScaleMethod.Mean };
    private static readonly Dictionary<string, Direction> Directions = new() { ["worse"] = Direction.Worse, ["better"] = Direction.Better };

    private static readonly Dictionary<string, Severity> Severities = new()
    {
        ["none"] = Severity.None,
        ["mild"] = Severity.Mild,
        ["moderate"] = Severity.Moderate,
        ["moderately-severe"] = Severity.ModeratelySevere,
        ["severe"] = Severity.Severe,
    };

    public static Instrument? Read(YamlFile file, string path)
    {
        if (file.Load(path, "instrument") is not { } map)
        {
            return null;
        }

        map.AllowOnly("id", "version", "name", "title", "measures", "minutes", "licence", "source", "text-source", "loinc", "values", "items", "scales", "risk");
        var id = map.Id();
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        if (id is not null && id != folder)
        {
            file.Error(map.Find("id")!, $"instrument id '{id}' differs from its folder name '{folder}'");
        }

        var version = map.PositiveWhole("version");
        var name = map.Text("name");
        var title = map.Text("title");
        var measures = map.Text("measures");
        var minutes = map.PositiveWhole("minutes");
        var licence = Licence(map);
        var source = map.String("source");
        var loinc = map.String("loinc", required: false);
        TextSources(map, licence?.Status);
        var defaultValues = map.Has("values") ? Values(map, "values") : null;
        var declared = new UniqueIds(file, "item");
        var items = Items(map, defaultValues, declared);
        var scales = Scales(map, items, declared);
        var risks = Risks(map, items);
        var complete = id is not null && version is not null && name is not null && title is not null && measures is not null
            && minutes is not null && licence is not null && source is not null && items.Count > 0 && scales.Count > 0;
        return complete
            ? new Instrument(id!, version!.Value, name!, title!, measures!, minutes!.Value, licence!, source!, loinc, items, scales, risks)
            : null;
    }

    private static InstrumentLicence? Licence(YamlMap instrument)
    {
        if (instrument.Find("licence") is not YamlMappingNode node)
        {
            instrument.Error("instrument is missing 'licence' (status, holder, terms)");
            return null;
        }

        var licence = new YamlMap(instrument.File, node, "licence");
        licence.AllowOnly("status", "holder", "terms");
        var status = licence.OneOf("status", LicenceStatuses);
        var holder = licence.String("holder");
        var terms = licence.String("terms");
        return status is null || holder is null || terms is null ? null : new InstrumentLicence(status.Value, holder, terms);
    }

    private static void TextSources(YamlMap instrument, LicenceStatus? status)
    {
        var node = instrument.Find("text-source");
        if (status == LicenceStatus.Licensed && node is not null)
        {
            instrument.File.Error(instrument.KeyNode("text-source"), "a licensed instrument ships no wording, so it has no text-source");
        }
        else if (status == LicenceStatus.Free && node is not YamlMappingNode)
        {
            instrument.Error("a free instrument needs 'text-source': where each shipped wording ('nl', 'en') was taken from");
        }
        else if (node is YamlMappingNode sources)
        {
            new YamlMap(instrument.File, sources, "text-source").AllowOnly("nl", "en");
        }
    }

    private static List<int>? Values(YamlMap map, string key)
    {
        var values = new List<int>();
        foreach (var node in map.Strings(key))
        {
            if (int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && !values.Contains(value))
            {
                values.Add(value);
            }
            else
            {
                map.File.Error(node, $"'{node.Value}' in '{key}' of {map.What} is not a whole number, or repeats one");
                return null;
            }
        }

        return values.Count > 0 ? values : null;
    }

    private static List<InstrumentItem> Items(YamlMap instrument, List<int>? defaultValues, UniqueIds ids)
    {
        var items = new List<InstrumentItem>();
        foreach (var map in instrument.Maps("items", "item"))
        {
            map.AllowOnly("id", "values", "scored", "reverse", "recode", "loinc");
            var id = map.String("id");
            ids.Add(id, map.Find("id") ?? map.Node);
            map.What = $"item '{id}'";
            var values = map.Has("values") ? Values(map, "values") : defaultValues;
            if (values is null)
            {
                map.Error($"{map.What} has no 'values', and the instrument gives no default 'values'");
                continue;
            }

            var reverse = map.Bool("reverse");
            var recode = Recode(map, values);
            if (reverse && map.Has("recode"))
            {
                map.Error($"{map.What} is either reversed or recoded, not both");
                continue;
            }

            if (id is not null && (!map.Has("recode") || recode is not null))
            {
                items.Add(new InstrumentItem(id, values, scored: !map.Has("scored") || map.Bool("scored"), reverse, recode, map.String("loinc", required: false)));
            }
        }

        return items;
    }

    private static Dictionary<int, double>? Recode(YamlMap item, List<int> values)
    {
        if (item.Find("recode") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode pairs)
        {
            item.File.Error(node, $"'recode' of {item.What} maps each answer value to its score, like {{ 1: 0, 2: 50 }}");
            return null;
        }

        var recode = new Dictionary<int, double>();
        foreach (var (key, value) in pairs.Children)
        {
            if (!int.TryParse((key as YamlScalarNode)?.Value, CultureInfo.InvariantCulture, out var answer) || !values.Contains(answer)
                || !double.TryParse((value as YamlScalarNode)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                item.File.Error(key, $"'recode' of {item.What} maps answer values of the item to numbers");
                return null;
            }

            recode[answer] = score;
        }

        if (values.Where(v => !recode.ContainsKey(v)).ToList() is [var missing, ..])
        {
            item.File.Error(node, $"'recode' of {item.What} has no score for the answer value {missing}");
            return null;
        }

        return recode;
    }

    private static List<Scale> Scales(YamlMap instrument, List<InstrumentItem> items, UniqueIds declared)
    {
        var ids = new UniqueIds(instrument.File, "scale");
        var scales = new List<Scale>();
        foreach (var map in instrument.Maps("scales", "scale"))
        {
            map.AllowOnly("id", "name", "items", "method", "multiply", "range", "higher-is", "max-missing", "loinc", "bands", "cut-off", "reliable-change", "benchmark");
            var id = map.Id();
            ids.Add(id, map.Find("id") ?? map.Node);
            map.What = $"scale '{id}'";
            var name = map.Text("name");
            var scaleItems = ScaleItems(map, items, declared);
            var method = map.OneOf("method", Methods);
            var multiply = map.Number("multiply", required: false) ?? 1m;
            var higherIs = map.OneOf("higher-is", Directions);
            var maxMissing = map.Has("max-missing") ? WholeOrZero(map, "max-missing") : 0;
            if (scaleItems is not null && maxMissing >= scaleItems.Count)
            {
                map.File.Error(map.KeyNode("max-missing"), $"'max-missing' of {map.What} must leave at least one item to answer");
                continue;
            }

            if (id is null || name is null || scaleItems is null || method is null || higherIs is null)
            {
                continue;
            }

            var scale = new Scale(id, name, scaleItems, method.Value, (double)multiply, maxMissing, higherIs.Value)
            {
                Loinc = map.String("loinc", required: false),
                Bands = Bands(map),
                CutOff = (double?)map.Number("cut-off", required: false),
                ReliableChange = Norm(map),
                Benchmark = Benchmark(map),
            };
            CheckRange(map, scale);
            scales.Add(scale);
        }

        return scales;
    }

    private static int WholeOrZero(YamlMap map, string key)
    {
        var text = map.String(key);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        map.File.Error(map.Find(key)!, $"'{key}' of {map.What} must be a whole number");
        return 0;
    }

    private static List<(InstrumentItem, int)>? ScaleItems(YamlMap scale, List<InstrumentItem> items, UniqueIds declared)
    {
        var result = new List<(InstrumentItem, int)>();
        foreach (var node in scale.Strings("items"))
        {
            var position = items.FindIndex(i => i.Id == node.Value);
            if (position < 0 && declared.Contains(node.Value!))
            {
                return null; // the item itself has an error, reported where it is declared
            }

            if (position < 0)
            {
                scale.File.Error(node, $"{scale.What} names item '{node.Value}', which is not in the instrument's items");
                return null;
            }

            if (!items[position].Scored)
            {
                scale.File.Error(node, $"{scale.What} names item '{node.Value}', which is marked 'scored: false'");
                return null;
            }

            if (result.Any(r => r.Item2 == position))
            {
                scale.File.Error(node, $"{scale.What} names item '{node.Value}' twice");
                return null;
            }

            result.Add((items[position], position));
        }

        return result.Count > 0 ? result : null;
    }

    private static void CheckRange(YamlMap map, Scale scale)
    {
        var range = map.Strings("range");
        var numbers = range.Select(n => double.TryParse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN).ToList();
        if (numbers is not [var low, var high] || double.IsNaN(low) || double.IsNaN(high))
        {
            map.File.Error(map.KeyNode("range"), $"'range' of {map.What} is [lowest, highest], two numbers");
        }
        else if (Math.Abs(low - scale.Lowest) > 1e-9 || Math.Abs(high - scale.Highest) > 1e-9)
        {
            map.File.Error(map.KeyNode("range"), $"'range' of {map.What} says [{low}, {high}], but its items give [{scale.Lowest}, {scale.Highest}]");
        }

        if (scale.Bands is [var first, ..] && Math.Abs(first.AtLeast - scale.Lowest) > 1e-9)
        {
            map.File.Error(map.KeyNode("bands"), $"the first band of {map.What} must start at the lowest score, {scale.Lowest}");
        }

        if (scale.CutOff is { } cutOff && (cutOff < scale.Lowest || cutOff > scale.Highest))
        {
            map.File.Error(map.KeyNode("cut-off"), $"'cut-off' of {map.What} lies outside its range");
        }
    }

    private static List<Band> Bands(YamlMap scale)
    {
        var bands = new List<Band>();
        foreach (var map in scale.Maps("bands", "band", required: false))
        {
            map.AllowOnly("at-least", "severity", "label");
            var atLeast = map.Number("at-least");
            var severity = map.OneOf("severity", Severities);
            var label = map.Text("label");
            if (atLeast is null || severity is null || label is null)
            {
                continue;
            }

            if (bands is [.., var last] && (double)atLeast <= last.AtLeast)
            {
                map.Error($"bands of {scale.What} must go up: {atLeast} follows {last.AtLeast}");
                continue;
            }

            bands.Add(new Band((double)atLeast, severity.Value, label));
        }

        return bands;
    }

    private static ReliableChangeNorm? Norm(YamlMap scale)
    {
        if (scale.Find("reliable-change") is not YamlMappingNode node)
        {
            return null;
        }

        var map = new YamlMap(scale.File, node, $"'reliable-change' of {scale.What}");
        map.AllowOnly("sd", "reliability", "source");
        var sd = map.Number("sd");
        var reliability = map.Number("reliability");
        var source = map.String("source");
        if (sd is null || reliability is null || source is null)
        {
            return null;
        }

        if (sd <= 0 || reliability is <= 0 or >= 1)
        {
            map.Error($"{map.What} needs sd above 0 and reliability between 0 and 1");
            return null;
        }

        return new ReliableChangeNorm((double)sd, (double)reliability, source);
    }

    private static Benchmark? Benchmark(YamlMap scale)
    {
        if (scale.Find("benchmark") is not YamlMappingNode node)
        {
            return null;
        }

        var map = new YamlMap(scale.File, node, $"'benchmark' of {scale.What}");
        map.AllowOnly("change", "source");
        var change = map.Number("change");
        var source = map.String("source");
        return change is null || source is null ? null : new Benchmark((double)change, source);
    }

    private static List<RiskRule> Risks(YamlMap instrument, List<InstrumentItem> items)
    {
        var risks = new List<RiskRule>();
        foreach (var map in instrument.Maps("risk", "risk rule", required: false))
        {
            map.AllowOnly("item", "at-least", "source");
            var item = map.String("item");
            var atLeast = map.Number("at-least");
            var source = map.String("source");
            if (item is not null && items.All(i => i.Id != item))
            {
                map.Error($"risk rule names item '{item}', which is not in the instrument's items");
            }
            else if (item is not null && atLeast is not null && source is not null)
            {
                risks.Add(new RiskRule(item, (int)atLeast, source));
            }
        }

        return risks;
    }
}
