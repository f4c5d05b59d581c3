using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.IntegrationTests.Content;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Implementation;

public sealed class MatchingImportTests(TandemApp app) : IClassFixture<TandemApp>
{
    private static readonly string Shipped = File.ReadAllText(Path.Combine(ShippedContentTests.RepositoryRoot(), "content", "implementation", "cfir-eric-matching.csv"));

    [Fact]
    public async Task An_imported_table_is_validated_whole_versioned_and_used_for_rankings_from_then_on()
    {
        var clinic = await app.CreateClinicAsync();
        var adminUser = await app.CreateStaffAsync(clinic, [Role.OrgAdmin]);
        using var admin = await StaffAsync(adminUser);
        using var lead = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.ImplementationLead]));
        var planning = "/Staff/Implementation/Strategies?c=V.D"; // Planning: no expert data in the shipped table
        var (_, before) = await lead.GetPageAsync(planning);
        Assert.Empty(before.QuerySelectorAll("ol.ranking > li"));
        Assert.Contains("missing", before.Body!.TextContent, StringComparison.Ordinal);

        var broken = await UploadAsync(admin, Shipped + "Planning,99,Unknown strategy,30,2,,,,,,\nPlanning,61,Stage implementation scale up,55,2,,,,,,\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        var page = await FormClient.ParseAsync(broken);
        Assert.Contains("2 problems", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Line 120: '99' is not an ERIC strategy number", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Line 121: level '2'", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.MatchingTables.CountAsync(t => t.OrganisationId == clinic.OrganisationId)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await UploadAsync(admin, "just,some,columns\n1,2,3\n")).StatusCode);

        (await UploadAsync(admin, Shipped + "Planning,61,Stage implementation scale up,55,1,,,,,,\nPlanning,56,Purposely reexamine the implementation,30,,,,,,,\n"))
            .AssertRedirect("/Admin/Matching");
        (await UploadAsync(admin, Shipped + "Planning,61,Stage implementation scale up,55,1,,,,,,\n")).AssertRedirect("/Admin/Matching");

        var versions = await app.WithDbAsync(db => db.MatchingTables.Where(t => t.OrganisationId == clinic.OrganisationId).OrderBy(t => t.Version).Select(t => new { t.Version, t.RowCount }).ToListAsync());
        Assert.Equal([(1, 120), (2, 119)], versions.Select(v => (v.Version, v.RowCount)));
        var (_, after) = await lead.GetPageAsync(planning);
        Assert.Equal(["Stage implementation scale up"], after.QuerySelectorAll("ol.ranking > li h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("version 2", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == adminUser.Id && e.ObjectType == nameof(MatchingTable) && e.Action == AuditAction.Create)));

        using var otherOrganisation = await StaffAsync(await app.CreateStaffAsync(await app.CreateClinicAsync(), [Role.ImplementationLead]));
        var (_, elsewhere) = await otherOrganisation.GetPageAsync(planning);
        Assert.Empty(elsewhere.QuerySelectorAll("ol.ranking > li")); // another organisation still uses the shipped table
    }

    [Fact]
    public async Task Only_an_organisation_administrator_imports()
    {
        var clinic = await app.CreateClinicAsync();
        using var lead = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.ImplementationLead]));

        (await UploadAsync(lead, Shipped)).AssertRedirect("/Account/AccessDenied");
        Assert.Equal(0, await app.WithDbAsync(db => db.MatchingTables.CountAsync(t => t.OrganisationId == clinic.OrganisationId)));
    }

    private static async Task<HttpResponseMessage> UploadAsync(FormClient client, string csv)
    {
        var (_, form) = await client.GetPageAsync("/Admin/Matching");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new StringContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", "cfir-eric-full.csv");
        return await client.Http.PostAsync("/Admin/Matching", content);
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
