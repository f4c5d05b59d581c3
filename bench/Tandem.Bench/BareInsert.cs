using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tandem.Bench;

/// <summary>
/// The diary baseline: one bare parameterised INSERT of a symptom entry with raw ADO.NET, no auth, antiforgery,
/// validation or audit. Each request writes a new (patient, day) row, cycling through the dataset's patients,
/// so the unique index is exercised like a real first entry of the day. Bench host only, never the product.
/// </summary>
public sealed class BareInsert(string provider, Func<DbConnection> open) : IDisposable
{
    public const string Path = "/bench/insert";

    private static readonly DateOnly FirstDay = new(2026, 1, 1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private object[]? _patients;
    private long _counter = -1;
    private NpgsqlDataSource? _dataSource;

    public static BareInsert For(string provider, string connection)
    {
        if (provider == "Postgres")
        {
            var source = NpgsqlDataSource.Create(connection);
            return new BareInsert(provider, source.CreateConnection) { _dataSource = source };
        }

        return new BareInsert(provider, () => new SqliteConnection(connection));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var patients = _patients ?? await LoadAsync(context.RequestAborted);
        var n = Interlocked.Increment(ref _counter);
        await using (var connection = open())
        {
            await connection.OpenAsync(context.RequestAborted);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO "SymptomEntries" ("Id", "PatientId", "Day", "Pain", "Fatigue", "Note", "RecordedAt")
                VALUES (@id, @patient, @day, @pain, @fatigue, NULL, @at)
                """;
            var id = Guid.CreateVersion7();
            Add(command, "@id", provider == "Postgres" ? id : id.ToString().ToUpperInvariant());
            Add(command, "@patient", patients[n % patients.Length]);
            Add(command, "@day", FirstDay.AddDays(-(int)(n / patients.Length)));
            Add(command, "@pain", 4);
            Add(command, "@fatigue", 6);
            Add(command, "@at", TimeProvider.System.GetUtcNow());
            await command.ExecuteNonQueryAsync(context.RequestAborted);
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>The patients' ids as the provider stores them (uuid, or TEXT on SQLite), read once.</summary>
    private async Task<object[]> LoadAsync(CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            if (_patients is not null)
            {
                return _patients;
            }

            var ids = new List<object>(100_000);
            await using var connection = open();
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "Id" FROM "Patients" ORDER BY "Id" """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetValue(0));
            }

            return _patients = [.. ids];
        }
        finally
        {
            _loading.Release();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public void Dispose()
    {
        _dataSource?.Dispose();
        _loading.Dispose();
    }
}

/// <summary>Mounts the bare INSERT in front of the app's pipeline, like Fortunes.</summary>
public sealed class BareInsertStartupFilter(BareInsert insert) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(BareInsert.Path, branch => branch.Run(insert.HandleAsync));
        next(app);
    };
}
