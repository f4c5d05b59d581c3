using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tandem.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, empty database per fixture on the leg chosen by TANDEM_TEST_DB (sqlite, the default, or
/// postgres on the server in TANDEM_TEST_POSTGRES), removed again afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresServer;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? postgresServer, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresServer = postgresServer;
        _postgresName = postgresName;
    }

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("TANDEM_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value for Database:Provider.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!IsPostgres)
        {
            var file = Path.Combine(Path.GetTempPath(), $"tandem_test_{Guid.NewGuid():N}.db");
            return new TestDatabase("Sqlite", $"Data Source={file}", file, null, null);
        }

        var server = Environment.GetEnvironmentVariable("TANDEM_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("TANDEM_TEST_DB=postgres needs TANDEM_TEST_POSTGRES (a server connection string).");
        }

        var name = $"tandem_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase("Postgres", connectionString, null, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
