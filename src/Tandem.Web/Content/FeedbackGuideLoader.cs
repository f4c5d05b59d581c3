using Tandem.Domain.Guidance;
using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>
/// Reads and validates <c>programmes/*/feedback/*.yaml</c> and <c>guidance/tone.yaml</c> (format: content/FEEDBACK.md):
/// each file names a module of its own programme, templates use only known placeholders and have the same gaps in both
/// languages, and examples are finished text.
/// </summary>
public static class FeedbackGuideLoader
{
    public static (FeedbackGuide Guide, IReadOnlyList<ContentError> Errors) Load(string contentRoot, IReadOnlyList<Programme> programmes)
    {
        var errors = new List<ContentError>();
        var modules = new Dictionary<string, ModuleFeedbackGuide>(StringComparer.Ordinal);
        foreach (var programme in programmes)
        {
            var folder = Path.Combine(contentRoot, "programmes", programme.Id, "feedback");
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
            foreach (var path in files.Order(StringComparer.Ordinal))
            {
                var name = ProgrammeLoader.Relative(contentRoot, path);
                if (Path.GetExtension(path) != ".yaml")
                {
                    errors.Add(new ContentError(name, 0, "only .yaml files belong in a feedback folder"));
                }
                else if (ReadModule(new YamlFile(name, errors), path, programme) is var (moduleId, guide))
                {
                    modules[moduleId] = guide;
                }
            }
        }

        var tonePath = Path.Combine(contentRoot, "guidance", "tone.yaml");
        var tone = File.Exists(tonePath) ? ReadTone(new YamlFile(ProgrammeLoader.Relative(contentRoot, tonePath), errors), tonePath) : [];
        return (new FeedbackGuide(modules, tone), errors);
    }

    private static (string, ModuleFeedbackGuide)? ReadModule(YamlFile file, string path, Programme programme)
    {
        if (file.Load(path, "feedback guide") is not { } root)
        {
            return null;
        }

        root.AllowOnly("module", "templates", "examples");
        var moduleId = root.Id("module");
        if (moduleId is not null && moduleId != Path.GetFileNameWithoutExtension(path))
        {
            file.Error(root.KeyNode("module"), $"module '{moduleId}' must equal the file name");
        }
        else if (moduleId is not null && programme.FindModule(moduleId) is null)
        {
            file.Error(root.KeyNode("module"), $"programme '{programme.Id}' has no module '{moduleId}'");
        }

        var ids = new UniqueIds(file, "template or example");
        var templates = new List<FeedbackTemplate>();
        foreach (var map in root.Maps("templates", "template"))
        {
            map.AllowOnly("id", "title", "text");
            var id = map.Id();
            ids.Add(id, map.Node);
            var (title, text) = (map.Text("title"), map.Text("text"));
            if (text is not null)
            {
                CheckTemplate(map, text);
            }

            if (id is not null && title is not null && text is not null)
            {
                templates.Add(new FeedbackTemplate(id, title, text));
            }
        }

        var examples = new List<FeedbackExample>();
        foreach (var map in root.Maps("examples", "example", required: false))
        {
            map.AllowOnly("id", "title", "situation", "feedback");
            var id = map.Id();
            ids.Add(id, map.Node);
            var (title, situation, feedback) = (map.Text("title"), map.Text("situation"), map.Text("feedback"));
            if (feedback is not null && new[] { feedback.Dutch, feedback.English }.Any(t => Placeholders.Named(t).Count > 0 || Placeholders.HasGaps(t)))
            {
                map.Error($"{map.What} '{id}' must be finished text: no placeholders and no gaps");
            }

            if (id is not null && title is not null && situation is not null && feedback is not null)
            {
                examples.Add(new FeedbackExample(id, title, situation, feedback));
            }
        }

        return moduleId is null ? null : (moduleId, new ModuleFeedbackGuide(templates, examples));
    }

    private static void CheckTemplate(YamlMap map, LocalizedText text)
    {
        foreach (var unknown in Placeholders.Named(text.Dutch).Concat(Placeholders.Named(text.English)).Except(Placeholders.All).Distinct())
        {
            map.Error($"unknown placeholder '{{{unknown}}}' in {map.What}; known: {string.Join(", ", Placeholders.All.Select(p => $"{{{p}}}"))}");
        }

        if (Placeholders.GapCount(text.Dutch) != Placeholders.GapCount(text.English))
        {
            map.Error($"{map.What} has {Placeholders.GapCount(text.Dutch)} gaps in Dutch but {Placeholders.GapCount(text.English)} in English");
        }
    }

    private static List<TonePoint> ReadTone(YamlFile file, string path)
    {
        var points = new List<TonePoint>();
        if (file.Load(path, "tone guidance") is not { } root)
        {
            return points;
        }

        root.AllowOnly("points");
        var ids = new UniqueIds(file, "point");
        foreach (var map in root.Maps("points", "point"))
        {
            map.AllowOnly("id", "title", "text");
            var id = map.Id();
            ids.Add(id, map.Node);
            if (id is not null && map.Text("title") is { } title && map.Text("text") is { } text)
            {
                points.Add(new TonePoint(id, title, text));
            }
        }

        return points;
    }
}
