using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>Checks of a module against its programme: links, profile flags and image files.</summary>
internal static class CrossChecks
{
    /// <summary>The modules a measurement schedule names exist in the programme; its instruments and scales in the catalogue.</summary>
    public static void Measurement(
        YamlFile file, List<MeasurementReference> references, HashSet<string> modules, IReadOnlyCollection<Domain.Measurement.Instrument>? instruments)
    {
        var byId = instruments?.ToDictionary(i => i.Id);
        foreach (var reference in references)
        {
            if (reference.Module is { } module && !modules.Contains(module))
            {
                file.Error(reference.Node, $"after-module '{module}' is not a module or step of this programme");
            }

            if (reference.Instrument is not { } id || byId is null)
            {
                continue;
            }

            if (!byId.TryGetValue(id, out var instrument))
            {
                file.Error(reference.Node, $"instrument '{id}' is not in content/instruments");
            }
            else if (reference.Scale is { } scale && instrument.FindScale(scale) is null)
            {
                file.Error(reference.Node, $"instrument '{id}' has no scale '{scale}'");
            }
        }
    }

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
