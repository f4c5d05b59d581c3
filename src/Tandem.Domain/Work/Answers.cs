using System.Text.Json;

namespace Tandem.Domain.Work;

/// <summary>
/// A patient's answers to one exercise: field id → values (one value for most kinds, several for multiple
/// choice). Stored as JSON; empty answers are left out.
/// </summary>
public sealed class Answers
{
    public static readonly Answers None = new(new Dictionary<string, IReadOnlyList<string>>());

    private readonly Dictionary<string, IReadOnlyList<string>> _values;

    public Answers(IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values
            .Select(v => (v.Key, Values: (IReadOnlyList<string>)[.. v.Value.Where(x => !string.IsNullOrWhiteSpace(x))]))
            .Where(v => v.Values.Count > 0)
            .ToDictionary(v => v.Key, v => v.Values, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> this[string fieldId] => _values.GetValueOrDefault(fieldId) ?? [];

    public string First(string fieldId) => this[fieldId] is [var value, ..] ? value : "";

    public bool Has(string fieldId) => _values.ContainsKey(fieldId);

    public bool IsEmpty => _values.Count == 0;

    public IReadOnlyCollection<string> FieldIds => _values.Keys;

    public string ToJson() => JsonSerializer.Serialize(_values);

    public static Answers FromJson(string json) =>
        string.IsNullOrEmpty(json)
            ? None
            : new(JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json)!.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value));
}
