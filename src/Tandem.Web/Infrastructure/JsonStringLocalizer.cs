using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Accounts;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// UI text per language from Resources/&lt;area&gt;.&lt;lang&gt;.json (flat key → text), embedded in the assembly.
/// The files of a language form one table for the whole app: keys are stable identifiers and may appear in
/// only one file; see ADR-0004.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    private const string ResourcePrefix = "Tandem.Text.";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _tables;

    public JsonStringLocalizer() => _tables = Language.All.ToFrozenDictionary(lang => lang, Load);

    public LocalizedString this[string name] => Find(name, []);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Table().Select(pair => new LocalizedString(pair.Key, pair.Value));

    public IReadOnlyDictionary<string, string> For(string language) => _tables[language];

    private LocalizedString Find(string name, object[] arguments)
    {
        if (Table().TryGetValue(name, out var text))
        {
            return new LocalizedString(name, arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments));
        }

        return new LocalizedString(name, name, resourceNotFound: true);
    }

    private FrozenDictionary<string, string> Table()
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return _tables.TryGetValue(language, out var table) ? table : _tables[Language.Default];
    }

    private static FrozenDictionary<string, string> Load(string language)
    {
        var assembly = typeof(JsonStringLocalizer).Assembly;
        var suffix = $".{language}";
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"UI text file '{name}' is empty.");
            foreach (var (key, text) in entries)
            {
                if (!table.TryAdd(key, text))
                {
                    throw new InvalidOperationException($"UI text key '{key}' appears in more than one {language} file.");
                }
            }
        }

        return table.Count > 0
            ? table.ToFrozenDictionary(StringComparer.Ordinal)
            : throw new InvalidOperationException($"Missing UI text for language '{language}'.");
    }
}

public sealed class JsonStringLocalizerFactory(JsonStringLocalizer localizer) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}

/// <summary>The type views and pages ask for: <c>IStringLocalizer&lt;Text&gt;</c>.</summary>
public sealed class Text;
