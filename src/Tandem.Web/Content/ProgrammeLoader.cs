using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>
/// Reads and validates <c>&lt;root&gt;/programmes/*/programme.yaml</c> and <c>modules/*.yaml</c> (format: content/FORMAT.md).
/// A programme with any error is left out, so invalid content never reaches a patient.
/// </summary>
public static class ProgrammeLoader
{
    /// <param name="contentRoot">The content folder.</param>
    /// <param name="instruments">The loaded instruments, to check the instruments and scales a measurement schedule and
    /// stepped-care criteria name; null skips that check (module-only validation).</param>
    public static ContentLoadResult Load(string contentRoot, IReadOnlyCollection<Domain.Measurement.Instrument>? instruments = null)
    {
        var errors = new List<ContentError>();
        var programmes = new List<Programme>();
        var folder = Path.Combine(contentRoot, "programmes");
        if (!Directory.Exists(folder))
        {
            errors.Add(new ContentError("programmes", 0, $"no programmes folder in the content root '{Path.GetFullPath(contentRoot)}'"));
            return new ContentLoadResult(programmes, errors);
        }

        foreach (var programmeFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var before = errors.Count;
            var programme = LoadProgramme(contentRoot, programmeFolder, instruments, errors);
            if (programme is not null && errors.Count == before)
            {
                programmes.Add(programme);
            }
        }

        return new ContentLoadResult(programmes, errors);
    }

    private static Programme? LoadProgramme(
        string contentRoot, string folder, IReadOnlyCollection<Domain.Measurement.Instrument>? instruments, List<ContentError> errors)
    {
        var path = Path.Combine(folder, "programme.yaml");
        var file = new YamlFile(Relative(contentRoot, path), errors);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(Relative(contentRoot, folder), 0, "programme folder without a programme.yaml"));
            return null;
        }

        var stepModules = new List<(string Module, int Line)>();
        var measured = new List<MeasurementReference>();
        var programme = ProgrammeReader.Read(file, path, stepModules, measured);
        var modules = new Dictionary<string, (Module? Module, ModuleReferences References)>();
        var moduleFolder = Path.Combine(folder, "modules");
        var moduleFiles = Directory.Exists(moduleFolder) ? Directory.GetFiles(moduleFolder) : [];
        foreach (var modulePath in moduleFiles.Order(StringComparer.Ordinal))
        {
            var moduleFile = new YamlFile(Relative(contentRoot, modulePath), errors);
            if (Path.GetExtension(modulePath) != ".yaml")
            {
                errors.Add(new ContentError(moduleFile.Name, 0, "only .yaml files belong in a modules folder"));
                continue;
            }

            var references = new ModuleReferences(moduleFile);
            modules[Path.GetFileNameWithoutExtension(modulePath)] = (ModuleReader.Read(moduleFile, modulePath, references), references);
        }

        var named = stepModules.Select(s => s.Module).ToHashSet();
        foreach (var (module, line) in stepModules.Where(s => !modules.ContainsKey(s.Module)))
        {
            errors.Add(new ContentError(file.Name, line, $"step names module '{module}', but there is no file modules/{module}.yaml"));
        }

        foreach (var (name, (_, references)) in modules)
        {
            if (!named.Contains(name))
            {
                errors.Add(new ContentError(references.File.Name, references.IdLine, $"module '{name}' is not named by any step in programme.yaml"));
            }

            CrossChecks.Module(references, named, programme, folder, errors);
        }

        if (programme is null)
        {
            return null;
        }

        CrossChecks.Measurement(file, measured, [.. programme.Steps.Select(s => s.Id), .. stepModules.Select(s => s.Module)], instruments);
        List<Module> ordered = [.. stepModules.Select(s => modules.GetValueOrDefault(s.Module).Module).OfType<Module>()];
        return programme with { Modules = ordered };
    }

    internal static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
