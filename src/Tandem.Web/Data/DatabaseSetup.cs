using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;
using Tandem.Web.Guidance;

namespace Tandem.Web.Data;

public static class DatabaseSetup
{
    public const string Sqlite = nameof(Sqlite);
    public const string Postgres = nameof(Postgres);

    public static IServiceCollection AddTandemDatabase(this IServiceCollection services, IConfiguration config)
    {
        var provider = config["Database:Provider"] ?? Sqlite;
        var connectionString = config.GetConnectionString("Tandem");
        return provider switch
        {
            // Pooled contexts: every request needs one, and the model and services are built once.
            Postgres => services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(Prepared(connectionString ?? throw new InvalidOperationException("ConnectionStrings:Tandem is required for PostgreSQL.")))
                .AddInterceptors(sp.GetRequiredService<WorklistChangeInterceptor>())),
            Sqlite => services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, o) => o
                .UseSqlite(connectionString ?? "Data Source=tandem.db")
                .AddInterceptors(new SqliteConnectionSettings(), sp.GetRequiredService<WorklistChangeInterceptor>())),
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use {Sqlite} or {Postgres}."),
        };
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a node runs again and again (unless the connection string says otherwise):
    /// PostgreSQL then plans them once per connection instead of on every request. The worklist's query, for one,
    /// takes longer to plan (4.5 ms) than to run (1.6 ms); see bench/README.md.
    /// </summary>
    public static string Prepared(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}

/// <summary>Lets `dotnet ef` build either context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
