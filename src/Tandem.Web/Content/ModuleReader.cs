using System.Globalization;
using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

internal static class ModuleReader
{
    public static Module? Read(YamlFile file, string path, ModuleReferences references)
    {
        if (file.Load(path, "module") is not { } module)
        {
            return null;
        }

        module.AllowOnly("id", "version", "review", "title", "summary", "estimated-minutes", "recommended-when", "pages");
        var id = module.Id();
        references.IdLine = YamlFile.Line(module.Find("id") ?? module.Node);
        var expected = Path.GetFileNameWithoutExtension(path);
        if (id is not null && id != expected)
        {
            file.Error(module.Find("id")!, $"module id '{id}' differs from its file name '{expected}'");
        }

        var version = module.PositiveWhole("version");
        var review = Review(module);
        var title = module.Text("title");
        var summary = module.Text("summary");
        var minutes = module.PositiveWhole("estimated-minutes");
        if (module.Has("recommended-when"))
        {
            references.RecommendedWhenLine = YamlFile.Line(module.KeyNode("recommended-when"));
            foreach (var flag in module.Strings("recommended-when"))
            {
                references.Flags.Add((flag.Value!, YamlFile.Line(flag)));
            }
        }

        var pages = Pages(module, references);
        foreach (var include in references.Includes)
        {
            if (!references.Answerable.Contains(include.Value!))
            {
                file.Error(include, $"feedback moment includes '{include.Value}', which is not an exercise or goal of this module");
            }
        }

        return id is null || version is null || review is null || title is null || summary is null || minutes is null
            ? null
            : new Module(id, version.Value, review, title, summary, minutes.Value, [.. references.Flags.Select(f => f.Flag)], pages);
    }

    internal static ModuleReview? Review(YamlMap module)
    {
        var node = module.Find("review");
        if (node is not YamlDotNet.RepresentationModel.YamlMappingNode map)
        {
            module.File.Error(node ?? module.Node, "module needs 'review' with a 'status' (draft or reviewed)");
            return null;
        }

        var review = new YamlMap(module.File, map, "review");
        review.AllowOnly("status", "reviewed-by", "reviewed-on");
        var status = review.OneOf("status", ContentValues.ReviewStatuses);
        var by = review.String("reviewed-by", required: false);
        var onText = review.String("reviewed-on", required: false);
        DateOnly? on = null;
        if (onText is not null)
        {
            if (DateOnly.TryParseExact(onText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                on = date;
            }
            else
            {
                review.File.Error(review.Find("reviewed-on")!, $"reviewed-on '{onText}' must be a date like 2026-01-31");
            }
        }

        return status is null ? null : new ModuleReview(status.Value, by, on);
    }

    private static List<Page> Pages(YamlMap module, ModuleReferences references)
    {
        var pageIds = new UniqueIds(module.File, "page");
        var moduleIds = new UniqueIds(module.File, "exercise/goal/homework/feedback");
        var blocks = new BlockReader(moduleIds, references);
        var pages = new List<Page>();
        foreach (var page in module.Maps("pages", "page"))
        {
            page.AllowOnly("id", "title", "blocks");
            var id = page.Id();
            pageIds.Add(id, page.Find("id") ?? page.Node);
            var title = page.Text("title");
            var content = new List<Block>();
            foreach (var block in page.Maps("blocks", "block"))
            {
                if (blocks.Read(block) is { } read)
                {
                    content.Add(read);
                }
            }

            if (id is not null && title is not null)
            {
                pages.Add(new Page(id, title, content));
            }
        }

        return pages;
    }
}
