using Tandem.Domain.Measurement;
using YamlDotNet.RepresentationModel;

namespace Tandem.Web.Content;

/// <summary>A name in programme.yaml that must exist elsewhere: a module of the programme, or an instrument (and its scale).</summary>
internal sealed record MeasurementReference(YamlNode Node, string? Module, string? Instrument, string? Scale);

/// <summary>Reads the <c>measurement:</c> schedule and the <c>stepped-care:</c> criteria of a programme.yaml (content/FORMAT.md).</summary>
internal static class MeasurementReader
{
    private static readonly Dictionary<string, OccasionAnchor> Anchors = new()
    {
        ["start"] = OccasionAnchor.Start,
        ["end"] = OccasionAnchor.End,
    };

    private static readonly Dictionary<string, CriteriaRule> Rules = new()
    {
        ["any"] = CriteriaRule.Any,
        ["all"] = CriteriaRule.All,
    };

    public static List<MeasurementOccasion> Occasions(YamlMap programme, List<MeasurementReference> references)
    {
        var ids = new UniqueIds(programme.File, "measurement occasion");
        var occasions = new List<MeasurementOccasion>();
        foreach (var occasion in programme.Maps("measurement", "measurement occasion", required: false))
        {
            occasion.AllowOnly("id", "at", "after-module", "plus-months", "instruments", "window-days");
            var id = occasion.Id();
            ids.Add(id, occasion.Find("id") ?? occasion.Node);
            if (id == MeasurementSchedule.OnRequest)
            {
                occasion.Error($"'{MeasurementSchedule.OnRequest}' is reserved for requests a therapist asks for");
            }

            var at = occasion.OneOf("at", Anchors, required: false);
            var afterModule = occasion.Id("after-module", required: false);
            if ((at is null) == (afterModule is null))
            {
                occasion.Error($"occasion '{id}' needs exactly one of 'at' (start or end) and 'after-module'");
            }

            if (afterModule is not null)
            {
                references.Add(new MeasurementReference(occasion.Find("after-module")!, afterModule, null, null));
            }

            var plusMonths = occasion.Has("plus-months") ? occasion.PositiveWhole("plus-months") : 0;
            if (plusMonths > MeasurementOccasion.MaxPlusMonths)
            {
                occasion.Error($"'plus-months' of occasion '{id}' may be at most {MeasurementOccasion.MaxPlusMonths}");
            }

            var window = occasion.PositiveWhole("window-days");
            if (window > MeasurementOccasion.MaxWindowDays)
            {
                occasion.Error($"'window-days' of occasion '{id}' may be at most {MeasurementOccasion.MaxWindowDays}");
            }

            var instruments = Instruments(occasion, references);
            if (id is not null && (at is not null || afterModule is not null) && plusMonths is not null && window is not null)
            {
                occasions.Add(new MeasurementOccasion(
                    id, at ?? OccasionAnchor.AfterModule, afterModule, plusMonths.Value, instruments, window.Value));
            }
        }

        return occasions;
    }

    public static SteppedCareCriteria? SteppedCare(YamlMap programme, List<MeasurementReference> references)
    {
        if (programme.Find("stepped-care") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            programme.File.Error(node, "'stepped-care' must have criteria, rule and source");
            return null;
        }

        var steppedCare = new YamlMap(programme.File, map, "stepped-care");
        steppedCare.AllowOnly("criteria", "rule", "source");
        var rule = steppedCare.OneOf("rule", Rules);
        var source = steppedCare.String("source");
        var criteria = new List<SteppedCareCriterion>();
        foreach (var criterion in steppedCare.Maps("criteria", "criterion"))
        {
            criterion.AllowOnly("instrument", "scale", "at-least", "at-most", "provisional");
            var instrument = criterion.Id("instrument");
            var scale = criterion.Id("scale");
            if (criterion.Has("at-least") == criterion.Has("at-most"))
            {
                criterion.Error("a criterion needs exactly one of 'at-least' and 'at-most'");
                continue;
            }

            var bound = criterion.Has("at-least") ? Bound.AtLeast : Bound.AtMost;
            var value = criterion.Number(bound == Bound.AtLeast ? "at-least" : "at-most");
            if (instrument is not null && scale is not null && value is not null)
            {
                references.Add(new MeasurementReference(criterion.Find("instrument")!, null, instrument, scale));
                criteria.Add(new SteppedCareCriterion(instrument, scale, bound, (double)value.Value, criterion.Bool("provisional")));
            }
        }

        return rule is null || source is null ? null : new SteppedCareCriteria(criteria, rule.Value, source);
    }

    private static List<string> Instruments(YamlMap occasion, List<MeasurementReference> references)
    {
        var ids = new UniqueIds(occasion.File, "instrument of an occasion");
        var instruments = new List<string>();
        foreach (var item in occasion.Strings("instruments"))
        {
            if (!YamlMap.IsId(item.Value!))
            {
                occasion.File.Error(item, $"'{item.Value}' is not a valid instrument id");
                continue;
            }

            ids.Add(item.Value, item);
            references.Add(new MeasurementReference(item, null, item.Value, null));
            instruments.Add(item.Value!);
        }

        return instruments;
    }
}
