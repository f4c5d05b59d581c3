using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>Checks of a module against its programme: links, profile flags and image files.</summary>
internal static class CrossChecks
{
    public static void Module(ModuleReferences module, HashSet<string> programmeModules, Programme? programme, string folder, List<ContentError> errors)
    {
        var file = module.File.Name;
        foreach (var (target, line) in module.Links.Where(l => !programmeModules.Contains(l.Module)))
        {
            errors.Add(new ContentError(file, line, $"module-link to '{target}', which is not a module of this programme"));
        }

        foreach (var (src, line) in module.Images)
        {
            var full = Path.GetFullPath(Path.Combine(folder, src));
            if (!full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
            {
                errors.Add(new ContentError(file, line, $"image '{src}' is not a file in the programme folder"));
            }
        }

        if (programme is null)
        {
            return;
        }

        if (programme.Selection == Selection.Sequential)
        {
            if (module.RecommendedWhenLine is { } line)
            {
                errors.Add(new ContentError(file, line, "recommended-when is for modules of tailored programmes only"));
            }

            return;
        }

        if (module.RecommendedWhenLine is null)
        {
            errors.Add(new ContentError(file, module.IdLine, "a module of a tailored programme needs recommended-when (profile flags, or 'always')"));
        }

        var flags = programme.ProfileFlags.Select(f => f.Id).ToHashSet();
        foreach (var (flag, line) in module.Flags.Where(f => f.Flag != ProfileFlag.Always && !flags.Contains(f.Flag)))
        {
            errors.Add(new ContentError(file, line, $"recommended-when names '{flag}', which is not in the programme's profile-flags (or 'always')"));
        }
    }
}
