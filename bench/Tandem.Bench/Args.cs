using System.Globalization;

namespace Tandem.Bench;

/// <summary>`--name value` pairs; every option has a default, so a missing one is never an error.</summary>
public sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public static Args Parse(string[] args)
    {
        var parsed = new Args();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value', got '{args[i]}'.");
            }

            parsed._values[args[i][2..]] = args[++i];
        }

        return parsed;
    }

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public string Provider => Get("provider", "Postgres") switch
    {
        var p when p.Equals("postgres", StringComparison.OrdinalIgnoreCase) => "Postgres",
        var p when p.Equals("sqlite", StringComparison.OrdinalIgnoreCase) => "Sqlite",
        var p => throw new ArgumentException($"Unknown provider '{p}'. Use Postgres or Sqlite."),
    };
}
