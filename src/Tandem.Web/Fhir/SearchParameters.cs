using System.Globalization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Fhir;

/// <summary>A date search bound: instants at or after <see cref="From"/> (when set) and before <see cref="Before"/> (when set).</summary>
public sealed record DateBound(DateTimeOffset? From, DateTimeOffset? Before);

/// <summary>
/// A search's query string, checked strictly: an unknown parameter, a repeated one (other than dates), a modifier or a
/// malformed value is a 400, so a client never gets silently unfiltered results. Paging: <c>_count</c> (1–100,
/// default 20) and <c>_offset</c>, which the next links carry.
/// </summary>
public sealed class SearchParameters
{
    public const int DefaultCount = 20;
    public const int MaximumCount = 100;
    private static readonly string[] Paging = ["_count", "_offset"];
    private readonly IQueryCollection _query;

    public SearchParameters(IQueryCollection query, IReadOnlyList<string> supported, IReadOnlyList<string>? dates = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(supported);
        _query = query;
        foreach (var (name, values) in query)
        {
            if (!supported.Contains(name) && !Paging.Contains(name) && name != "_format")
            {
                throw FhirException.BadRequest($"The search parameter '{name}' is not supported here (supported: {string.Join(", ", supported.Concat(Paging))}).");
            }

            if (values.Count > 1 && dates?.Contains(name) != true)
            {
                throw FhirException.BadRequest($"The search parameter '{name}' may be given once.");
            }

            if (values.Any(string.IsNullOrWhiteSpace))
            {
                throw FhirException.BadRequest($"The search parameter '{name}' has no value.");
            }
        }

        if (Value("_format") is { } format && format is not ("json" or "application/json" or "application/fhir+json"))
        {
            throw FhirException.BadRequest("Only JSON is supported (_format=json).");
        }

        Count = Integer("_count", DefaultCount, 1, MaximumCount);
        Offset = Integer("_offset", 0, 0, 1_000_000);
    }

    public int Count { get; }

    public int Offset { get; }

    public string? Value(string name) => _query.TryGetValue(name, out var values) ? values[0] : null;

    /// <summary>A reference parameter (<c>Patient/&lt;id&gt;</c> or the bare id) as a Tandem id.</summary>
    public Guid? Reference(string name, string type)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }

        var id = value.StartsWith(type + "/", StringComparison.Ordinal) ? value[(type.Length + 1)..] : value;
        return Guid.TryParse(id, out var guid) ? guid : throw FhirException.BadRequest($"'{name}' must be {type}/<id> with a Tandem id.");
    }

    /// <summary>A token parameter: <c>system|code</c>, <c>|code</c> (no system) or <c>code</c> (any system).</summary>
    public (string? System, string Code)? Token(string name)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }

        var bar = value.IndexOf('|', StringComparison.Ordinal);
        var token = bar < 0 ? (null, value) : (value[..bar], value[(bar + 1)..]);
        return token.Item2.Length == 0 ? throw FhirException.BadRequest($"'{name}' needs a code.") : token;
    }

    /// <summary>
    /// The bounds of a date parameter, each value with prefix ge, gt, le, lt or eq (default). A date (YYYY-MM-DD) is a
    /// day in the clinic's time zone; a dateTime needs seconds and a time zone.
    /// </summary>
    public IReadOnlyList<DateBound> Dates(string name)
    {
        if (!_query.TryGetValue(name, out var values))
        {
            return [];
        }

        return [.. values.Select(v => Bound(name, v!))];
    }

    private static DateBound Bound(string name, string value)
    {
        var prefix = value.Length > 2 && char.IsAsciiLetterLower(value[0]) ? value[..2] : "eq";
        var text = prefix == "eq" && !value.StartsWith("eq", StringComparison.Ordinal) ? value : value[2..];
        var (start, end) = Range(text) ?? throw FhirException.BadRequest(
            $"'{name}' must be a date (2026-01-31) or a dateTime with time zone (2026-01-31T09:00:00+01:00), optionally prefixed by ge, gt, le, lt or eq.");
        return prefix switch
        {
            "ge" => new DateBound(start, null),
            "gt" => new DateBound(end, null),
            "le" => new DateBound(null, end),
            "lt" => new DateBound(null, start),
            "eq" => new DateBound(start, end),
            _ => throw FhirException.BadRequest($"The prefix '{prefix}' of '{name}' is not supported (ge, gt, le, lt, eq)."),
        };
    }

    private static (DateTimeOffset Start, DateTimeOffset End)? Range(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (ClinicTime.StartOfDay(day), ClinicTime.StartOfDay(day.AddDays(1)));
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        return text.Length > 19 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? (instant.ToUniversalTime(), instant.ToUniversalTime().AddSeconds(1))
            : null;
    }

    private int Integer(string name, int fallback, int minimum, int maximum) =>
        Value(name) is not { } text ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum ? value
            : throw FhirException.BadRequest($"'{name}' must be a whole number from {minimum} to {maximum}.");
}
