using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>Reads one block of a page; ids of exercises, goals, homework and feedback moments share the module's scope.</summary>
internal sealed class BlockReader(UniqueIds moduleIds, ModuleReferences references)
{
    private static readonly string[] Types =
        ["text", "image", "video", "exercise", "homework", "diary-prompt", "goal", "feedback-moment", "module-link"];

    public Block? Read(YamlMap block)
    {
        var type = block.String("type");
        if (type is null)
        {
            return null;
        }

        if (!Types.Contains(type))
        {
            block.File.Error(block.Find("type")!, $"unknown block type '{type}'; expected one of: {string.Join(", ", Types)}");
            return null;
        }

        block.What = $"{type} block";
        return type switch
        {
            "text" => Text(block),
            "image" => Image(block),
            "video" => Video(block),
            "exercise" => Exercise(block),
            "homework" => Homework(block),
            "diary-prompt" => DiaryPrompt(block),
            "goal" => Goal(block),
            "feedback-moment" => FeedbackMoment(block),
            _ => ModuleLink(block),
        };
    }

    private static TextBlock? Text(YamlMap block)
    {
        block.AllowOnly("type", "text");
        return block.Text("text") is { } text ? new TextBlock(text) : null;
    }

    private ImageBlock? Image(YamlMap block)
    {
        block.AllowOnly("type", "src", "alt");
        var src = block.String("src");
        var alt = block.Text("alt");
        if (src is not null && !ContentSetup.IsImage(src))
        {
            block.File.Error(block.Find("src")!, $"image '{src}' must be a picture file: {string.Join(", ", ContentSetup.ImageExtensions)}");
        }
        else if (src is not null)
        {
            references.Images.Add((src, YamlFile.Line(block.Find("src")!)));
        }

        return src is null || alt is null ? null : new ImageBlock(src, alt);
    }

    private static VideoBlock? Video(YamlMap block)
    {
        block.AllowOnly("type", "url", "title");
        var url = block.String("url");
        var title = block.Text("title");
        Uri? uri = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            block.File.Error(block.Find("url")!, $"video url '{url}' must be an absolute https address");
            uri = null;
        }

        return uri is null || title is null ? null : new VideoBlock(uri, title);
    }

    private ExerciseBlock? Exercise(YamlMap block)
    {
        block.AllowOnly("type", "id", "title", "intro", "fields");
        var id = Id(block, references.Answerable);
        var title = block.Text("title");
        var intro = block.Text("intro", required: false);
        var fieldIds = new UniqueIds(block.File, "field");
        var fields = new List<ExerciseField>();
        foreach (var map in block.Maps("fields", "field"))
        {
            fieldIds.Add(map.Id(), map.Find("id") ?? map.Node);
            if (FieldReader.Read(map) is { } field)
            {
                fields.Add(field);
            }
        }

        return id is null || title is null ? null : new ExerciseBlock(id, title, intro, fields);
    }

    private HomeworkBlock? Homework(YamlMap block)
    {
        block.AllowOnly("type", "id", "title", "text");
        var id = Id(block, null);
        var title = block.Text("title");
        var text = block.Text("text");
        return id is null || title is null || text is null ? null : new HomeworkBlock(id, title, text);
    }

    private static DiaryPromptBlock? DiaryPrompt(YamlMap block)
    {
        block.AllowOnly("type", "diary", "text");
        var diary = block.OneOf("diary", ContentValues.Diaries);
        var text = block.Text("text");
        return diary is null || text is null ? null : new DiaryPromptBlock(diary.Value, text);
    }

    private GoalBlock? Goal(YamlMap block)
    {
        block.AllowOnly("type", "id", "mode", "max-goals", "text");
        var id = Id(block, references.Answerable);
        var mode = block.OneOf("mode", ContentValues.GoalModes);
        var maxGoals = block.PositiveWhole("max-goals", required: false);
        var text = block.Text("text");
        return id is null || mode is null || text is null ? null : new GoalBlock(id, mode.Value, maxGoals, text);
    }

    private FeedbackMomentBlock? FeedbackMoment(YamlMap block)
    {
        block.AllowOnly("type", "id", "includes", "text");
        var id = Id(block, null);
        var includes = block.Strings("includes");
        references.Includes.AddRange(includes);
        var text = block.Text("text");
        return id is null || text is null ? null : new FeedbackMomentBlock(id, [.. includes.Select(i => i.Value!)], text);
    }

    private ModuleLinkBlock? ModuleLink(YamlMap block)
    {
        block.AllowOnly("type", "module", "text");
        var module = block.Id("module");
        if (module is not null)
        {
            references.Links.Add((module, YamlFile.Line(block.Find("module")!)));
        }

        var text = block.Text("text");
        return module is null || text is null ? null : new ModuleLinkBlock(module, text);
    }

    private string? Id(YamlMap block, List<string>? answerable)
    {
        var id = block.Id();
        moduleIds.Add(id, block.Find("id") ?? block.Node);
        if (id is not null)
        {
            answerable?.Add(id);
        }

        return id;
    }
}
