using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Integration;

namespace Tandem.Web.Data;

/// <summary>
/// An API client of the demo organisation with every scope and a fixed token, printed in the README for trying the
/// FHIR API (demo data only: a real client's token is random and shown once), and Lotte's record number.
/// </summary>
public static class DemoFhir
{
    public const string Token = "tc-demo0000000000000000.demo-only-secret-never-use-in-production-0001";

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now)
    {
        var admin = await db.Users.SingleOrDefaultAsync(u => u.Email == "admin@demo.tandem.nl");
        var lotte = await db.Patients.SingleOrDefaultAsync(p => p.Email == "lotte@demo.tandem.nl");
        var clientId = ApiClient.ParseToken(Token)!.Value.ClientId;
        if (admin is null || await db.ApiClients.AnyAsync(c => c.ClientId == clientId))
        {
            return;
        }

        var (client, _) = ApiClient.Create(admin.OrganisationId, "Demo EHR", ApiScope.All, admin.Id, now, Token);
        db.ApiClients.Add(client);
        lotte?.SetRecordNumber("DEMO-1001");
        await db.SaveChangesAsync();
    }
}
