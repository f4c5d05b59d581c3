using System.Globalization;
using System.Text.RegularExpressions;
using Tandem.Domain.Programmes;
using YamlDotNet.RepresentationModel;

namespace Tandem.Web.Content;

/// <summary>A YAML mapping read as content: missing, malformed and unknown keys become errors, never exceptions.</summary>
internal sealed partial class YamlMap(YamlFile file, YamlMappingNode node, string what)
{
    public YamlFile File { get; } = file;

    public YamlMappingNode Node { get; } = node;

    public string What { get; set; } = what;

    public void Error(string message) => File.Error(Node, message);

    public void AllowOnly(params string[] keys)
    {
        foreach (var key in Node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!keys.Contains(name))
            {
                File.Error(key, $"unknown key '{name}' in {What}; expected one of: {string.Join(", ", keys)}");
            }
        }
    }

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key) =>
        Node.Children.FirstOrDefault(pair => (pair.Key as YamlScalarNode)?.Value == key).Value;

    /// <summary>The line of the key itself, where an editor looks for it.</summary>
    public YamlNode KeyNode(string key) =>
        Node.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == key) ?? Node;

    public string? String(string key, bool required = true)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Error($"{What} is missing '{key}'");
                }

                return null;
            case YamlScalarNode { Value: { } value } scalar:
                if (required && string.IsNullOrWhiteSpace(value))
                {
                    File.Error(scalar, $"'{key}' of {What} is empty");
                    return null;
                }

                return value;
            case var other:
                File.Error(other, $"'{key}' of {What} must be a single value");
                return null;
        }
    }

    public string? Id(string key = "id", bool required = true)
    {
        var value = String(key, required);
        if (value is not null && !IsId(value))
        {
            File.Error(Find(key)!, $"'{value}' is not a valid {key}: use lowercase letters, digits and hyphens (like 'my-goals')");
            return null;
        }

        return value;
    }

    public static bool IsId(string value) => IdPattern().IsMatch(value);

    public decimal? Number(string key, bool required = true)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        File.Error(Find(key)!, $"'{key}' of {What} must be a number, not '{text}'");
        return null;
    }

    public int? PositiveWhole(string key, bool required = true)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        File.Error(Find(key)!, $"'{key}' of {What} must be a positive whole number, not '{text}'");
        return null;
    }

    public bool Bool(string key)
    {
        var text = String(key, required: false);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                File.Error(Find(key)!, $"'{key}' of {What} must be true or false, not '{text}'");
                return false;
        }
    }

    public T? OneOf<T>(string key, IReadOnlyDictionary<string, T> values, bool required = true)
        where T : struct
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (values.TryGetValue(text, out var value))
        {
            return value;
        }

        File.Error(Find(key)!, $"unknown {key} '{text}' in {What}; expected one of: {string.Join(", ", values.Keys)}");
        return null;
    }

    /// <summary>A text in Dutch and English; a missing or empty language is an error on the key's line.</summary>
    public LocalizedText? Text(string key, bool required = true)
    {
        var value = Find(key);
        if (value is null)
        {
            if (required)
            {
                Error($"{What} is missing '{key}' (with 'nl' and 'en')");
            }

            return null;
        }

        if (value is not YamlMappingNode texts)
        {
            File.Error(KeyNode(key), $"'{key}' of {What} needs a Dutch and an English text: 'nl' and 'en'");
            return null;
        }

        var map = new YamlMap(File, texts, $"'{key}'");
        map.AllowOnly("nl", "en");
        var nl = Language(map, key, "nl", "Dutch");
        var en = Language(map, key, "en", "English");
        return nl is null || en is null ? null : new LocalizedText(nl, en);
    }

    private string? Language(YamlMap texts, string key, string code, string language)
    {
        var text = texts.Find(code) as YamlScalarNode;
        if (string.IsNullOrWhiteSpace(text?.Value))
        {
            File.Error(KeyNode(key), $"'{key}' of {What} is missing the {language} text ('{code}')");
            return null;
        }

        return text.Value.Trim();
    }

    public IEnumerable<YamlMap> Maps(string key, string itemWhat, bool required = true)
    {
        foreach (var item in Items(key, required))
        {
            if (item is YamlMappingNode map)
            {
                yield return new YamlMap(File, map, itemWhat);
            }
            else
            {
                File.Error(item, $"each item of '{key}' must be a {itemWhat} (keys and values)");
            }
        }
    }

    public IReadOnlyList<YamlScalarNode> Strings(string key, bool required = true)
    {
        var result = new List<YamlScalarNode>();
        foreach (var item in Items(key, required))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } } scalar)
            {
                result.Add(scalar);
            }
            else
            {
                File.Error(item, $"each item of '{key}' must be a single value");
            }
        }

        return result;
    }

    public IReadOnlyList<YamlNode> Items(string key, bool required = true)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Error($"{What} is missing '{key}'");
                }

                return [];
            case YamlSequenceNode { Children.Count: > 0 } sequence:
                return [.. sequence.Children];
            default:
                File.Error(KeyNode(key), $"'{key}' of {What} must be a list with at least one item");
                return [];
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
