using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>Reads a programme.yaml; its modules are added by the loader once their files are read.</summary>
internal static class ProgrammeReader
{
    public static Programme? Read(YamlFile file, string path, List<(string Module, int Line)> stepModules, List<MeasurementReference> references)
    {
        if (file.Load(path, "programme") is not { } programme)
        {
            return null;
        }

        programme.AllowOnly("id", "version", "title", "summary", "selection", "modules", "parameters", "profile-flags", "profile-flags-note", "measurement", "stepped-care");
        var id = programme.Id();
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        if (id is not null && id != folder)
        {
            file.Error(programme.Find("id")!, $"programme id '{id}' differs from its folder name '{folder}'");
        }

        var version = programme.PositiveWhole("version");
        var title = programme.Text("title");
        var summary = programme.Text("summary");
        var selection = programme.OneOf("selection", ContentValues.Selections);
        var steps = Steps(programme, stepModules);
        var parameters = Parameters(programme);
        var flags = Flags(programme);
        var note = programme.Text("profile-flags-note", required: false);
        var measurement = MeasurementReader.Occasions(programme, references);
        var steppedCare = MeasurementReader.SteppedCare(programme, references);
        if (selection == Selection.Sequential && (programme.Has("profile-flags") || programme.Has("profile-flags-note")))
        {
            file.Error(programme.KeyNode("selection"), "profile-flags are for tailored programmes only");
        }

        return id is null || version is null || title is null || summary is null || selection is null
            ? null
            : new Programme(id, version.Value, title, summary, selection.Value, steps, parameters, flags, note, [])
            {
                Measurement = measurement,
                SteppedCare = steppedCare,
            };
    }

    private static List<ProgrammeStep> Steps(YamlMap programme, List<(string Module, int Line)> stepModules)
    {
        var ids = new UniqueIds(programme.File, "module");
        var steps = new List<ProgrammeStep>();
        foreach (var item in programme.Items("modules"))
        {
            if (item is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } moduleId })
            {
                if (!YamlMap.IsId(moduleId))
                {
                    programme.File.Error(item, $"'{moduleId}' is not a valid module id: use lowercase letters, digits and hyphens");
                    continue;
                }

                ids.Add(moduleId, item);
                stepModules.Add((moduleId, YamlFile.Line(item)));
                steps.Add(new ModuleStep(moduleId));
            }
            else if (item is YamlDotNet.RepresentationModel.YamlMappingNode map)
            {
                if (VariantStep(new YamlMap(programme.File, map, "variant step"), ids, stepModules) is { } step)
                {
                    steps.Add(step);
                }
            }
            else
            {
                programme.File.Error(item, "a step is a module id or a variant step (id, choose-by, variants)");
            }
        }

        return steps;
    }

    private static VariantStep? VariantStep(YamlMap step, UniqueIds ids, List<(string Module, int Line)> stepModules)
    {
        step.AllowOnly("id", "choose-by", "variants");
        var id = step.Id();
        ids.Add(id, step.Find("id") ?? step.Node);
        var chooseBy = step.Id("choose-by");
        var whens = new UniqueIds(step.File, "variant 'when'");
        var variants = new List<ModuleVariant>();
        foreach (var variant in step.Maps("variants", "variant"))
        {
            variant.AllowOnly("module", "when");
            var module = variant.Id("module");
            var when = variant.Id("when");
            ids.Add(module, variant.Find("module") ?? variant.Node);
            whens.Add(when, variant.Find("when") ?? variant.Node);
            if (module is not null && when is not null)
            {
                stepModules.Add((module, YamlFile.Line(variant.Find("module")!)));
                variants.Add(new ModuleVariant(module, when));
            }
        }

        if (step.Items("variants", required: false).Count < 2)
        {
            step.Error($"variant step '{id}' needs at least two variants");
        }

        return id is null || chooseBy is null ? null : new VariantStep(id, chooseBy, variants);
    }

    private static List<ProgrammeParameter> Parameters(YamlMap programme)
    {
        var ids = new UniqueIds(programme.File, "parameter");
        var parameters = new List<ProgrammeParameter>();
        foreach (var parameter in programme.Maps("parameters", "parameter", required: false))
        {
            parameter.AllowOnly("id", "value", "unit", "source");
            var id = parameter.Id();
            ids.Add(id, parameter.Find("id") ?? parameter.Node);
            var value = parameter.Number("value");
            var unit = parameter.String("unit");
            var source = parameter.String("source");
            if (id is not null && value is not null && unit is not null && source is not null)
            {
                parameters.Add(new ProgrammeParameter(id, value.Value, unit, source));
            }
        }

        return parameters;
    }

    private static List<ProfileFlag> Flags(YamlMap programme)
    {
        var ids = new UniqueIds(programme.File, "profile flag");
        var flags = new List<ProfileFlag>();
        foreach (var flag in programme.Maps("profile-flags", "profile flag", required: false))
        {
            flag.AllowOnly("id", "label", "description");
            var id = flag.Id();
            if (id == ProfileFlag.Always)
            {
                flag.Error("'always' is reserved and cannot be a profile flag");
            }

            ids.Add(id, flag.Find("id") ?? flag.Node);
            var label = flag.Text("label");
            var description = flag.Text("description");
            if (id is not null && label is not null && description is not null)
            {
                flags.Add(new ProfileFlag(id, label, description));
            }
        }

        return flags;
    }
}
