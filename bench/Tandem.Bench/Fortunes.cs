using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tandem.Bench;

/// <summary>
/// TechEmpower Fortunes with raw ADO.NET, like TFB's platform tests: read the 12 rows, add one in memory,
/// sort by message, HTML-encode and render a small table. The in-run baseline for the caseload page.
/// </summary>
public sealed class Fortunes(Func<DbConnection> open) : IDisposable
{
    public const string Path = "/bench/fortunes";

    public static readonly (int Id, string Message)[] Seed =
    [
        (1, "fortune: No such file or directory"),
        (2, "A computer scientist is someone who fixes things that aren't broken."),
        (3, "After enough decimal places, nobody gives a damn."),
        (4, "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1"),
        (5, "A computer program does what you tell it to do, not what you want it to do."),
        (6, "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen"),
        (7, "Any program that runs right is obsolete."),
        (8, "A list is only as strong as its weakest link. — Donald Knuth"),
        (9, "Feature: A bug with seniority."),
        (10, "Computers make very fast, very accurate mistakes."),
        (11, "<script>alert(\"This should not be displayed in a browser alert box.\");</script>"),
        (12, "フレームワークのベンチマーク"),
    ];

    private NpgsqlDataSource? _dataSource;

    public static Fortunes For(string provider, string connection)
    {
        if (provider == "Postgres")
        {
            var source = NpgsqlDataSource.Create(connection);
            return new Fortunes(source.CreateConnection) { _dataSource = source };
        }

        return new Fortunes(() => new SqliteConnection(connection));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var rows = new List<(int Id, string Message)>(16);
        await using (var connection = open())
        {
            await connection.OpenAsync(context.RequestAborted);
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "Id", "Message" FROM "Fortunes" """;
            await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
            while (await reader.ReadAsync(context.RequestAborted))
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1)));
            }
        }

        rows.Add((0, "Additional fortune added at request time."));
        rows.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));

        var html = new StringBuilder(2048);
        html.Append("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>");
        foreach (var (id, message) in rows)
        {
            html.Append("<tr><td>").Append(id).Append("</td><td>").Append(HtmlEncoder.Default.Encode(message)).Append("</td></tr>");
        }

        html.Append("</table></body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
    }

    public void Dispose() => _dataSource?.Dispose();
}

/// <summary>Mounts the baseline in front of the app's own pipeline, without touching Tandem.Web.</summary>
public sealed class FortunesStartupFilter(Fortunes fortunes) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Fortunes.Path, branch => branch.Run(fortunes.HandleAsync));
        next(app);
    };
}
