using System.Globalization;
using System.Text;
using Tandem.Domain;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// RFC 4180 CSV: comma separated, fields quoted with double quotes when they hold a comma, quote or line break.
/// Used for content tables, imports and every table export.
/// </summary>
public static class Csv
{
    /// <summary>A data row with the 1-based line it starts on, its cells by header name.</summary>
    public sealed record Row(int Line, IReadOnlyDictionary<string, string> Cells)
    {
        public string this[string column] => Cells.TryGetValue(column, out var value) ? value : "";
    }

    public static readonly Rule Unclosed = new("csv.unclosed", "a quoted field is not closed");
    public static readonly Rule FieldCount = new("csv.field-count", "this row has {0} fields, the header {1}");
    public static readonly Rule Empty = new("csv.empty", "the file is empty");
    public static readonly Rule DuplicateColumn = new("csv.duplicate-column", "the header names column '{0}' more than once");

    /// <summary>A problem on a line of a CSV file: a rule (its code is the key of the localised message) and its arguments.</summary>
    public sealed record Problem(int Line, Rule Rule, params object[] Args)
    {
        /// <summary>In English, for logs and content errors.</summary>
        public string Message => string.Format(CultureInfo.InvariantCulture, Rule.Message, Args);
    }

    /// <summary>The header and rows of a CSV text, or the first syntax error.</summary>
    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<Row> Rows, Problem? Error);

    public static Table Read(string text)
    {
        var records = new List<(int Line, List<string> Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, i = 0;
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add((recordLine, fields));
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (quoted)
        {
            return new Table([], [], new Problem(recordLine, Unclosed));
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        records.RemoveAll(r => r.Fields is [""]);
        if (records.Count == 0)
        {
            return new Table([], [], new Problem(1, Empty));
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        if (header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return new Table(header, [], new Problem(1, DuplicateColumn, twice.Key));
        }

        var rows = new List<Row>();
        foreach (var (at, values) in records.Skip(1))
        {
            if (values.Count != header.Count)
            {
                return new Table(header, rows, new Problem(at, FieldCount, values.Count, header.Count));
            }

            rows.Add(new Row(at, header.Zip(values).ToDictionary(p => p.First, p => p.Second.Trim(), StringComparer.Ordinal)));
        }

        return new Table(header, rows, null);
    }

    /// <summary>One CSV line (with CRLF, as RFC 4180 asks); cells that a spreadsheet would run as a formula are prefixed with a quote.</summary>
    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Field)) + "\r\n";

    private static string Field(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
