using Microsoft.EntityFrameworkCore;

namespace Tandem.Web.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// SQLite (demo, single clinic) migrates itself at start-up; PostgreSQL is migrated by the deployment
    /// with an idempotent script unless Database:MigrateOnStartup says otherwise (docs/operations.md).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool seedDemo = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var migrate = app.Configuration.GetValue("Database:MigrateOnStartup", db.Database.IsSqlite());
        if (migrate)
        {
            await db.Database.MigrateAsync();
        }

        if (db.Database.IsSqlite())
        {
            // WAL (persistent, set once) lets readers and one writer work at once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        if (seedDemo && app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", true))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
            DemoSeeder.PrintWhenStarted(app);
        }
    }
}
