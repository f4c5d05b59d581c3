using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

internal static class FieldReader
{
    public static ExerciseField? Read(YamlMap field)
    {
        field.AllowOnly("id", "kind", "label", "hint", "required", "options", "min", "max", "min-label", "max-label", "unit");
        var id = field.Id();
        var kind = field.OneOf("kind", ContentValues.FieldKinds);
        var label = field.Text("label");
        var hint = field.Text("hint", required: false);
        var required = field.Bool("required");
        var options = Options(field, kind);
        var min = field.Number("min", required: kind == FieldKind.Scale);
        var max = field.Number("max", required: kind == FieldKind.Scale);
        if (kind == FieldKind.Scale && min is { } low && max is { } high)
        {
            if (low >= high)
            {
                field.Error($"scale '{id}' needs min < max (min {low}, max {high})");
            }

            if (low != decimal.Truncate(low) || high != decimal.Truncate(high))
            {
                field.Error($"scale '{id}' needs whole numbers for min and max");
            }
        }
        else if (min > max)
        {
            field.Error($"field '{id}' has min {min} greater than max {max}");
        }

        if (kind is not (FieldKind.Scale or FieldKind.Number) && (field.Has("min") || field.Has("max")))
        {
            field.Error($"min and max are for scale and number fields, not for '{id}'");
        }

        var minLabel = field.Text("min-label", required: false);
        var maxLabel = field.Text("max-label", required: false);
        var unit = field.Text("unit", required: false);
        return id is null || kind is null || label is null
            ? null
            : new ExerciseField(id, kind.Value, label, hint, required, options, min, max, minLabel, maxLabel, unit);
    }

    private static List<FieldOption> Options(YamlMap field, FieldKind? kind)
    {
        var isChoice = kind is FieldKind.Choice or FieldKind.MultiChoice;
        if (!isChoice)
        {
            if (field.Has("options") && kind is not null)
            {
                field.Error($"options are for choice and multichoice fields, not for a {field.String("kind")} field");
            }

            return [];
        }

        if (!field.Has("options"))
        {
            field.Error($"a {field.String("kind")} field needs 'options'");
            return [];
        }

        var values = new UniqueIds(field.File, "option");
        var options = new List<FieldOption>();
        foreach (var option in field.Maps("options", "option"))
        {
            option.AllowOnly("value", "label");
            var value = option.Id("value");
            values.Add(value, option.Find("value") ?? option.Node);
            var label = option.Text("label");
            if (value is not null && label is not null)
            {
                options.Add(new FieldOption(value, label));
            }
        }

        return options;
    }
}
