using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Implementation;

public sealed class NomadTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Staff_answer_a_round_once_anonymously_and_results_appear_only_from_five_respondents()
    {
        var clinic = await app.CreateClinicAsync();
        var leadUser = await app.CreateStaffAsync(clinic, [Role.ImplementationLead]);
        var lead = await StaffAsync(leadUser);
        var closes = ClinicCalendar.DateOf(app.Clock.GetUtcNow()).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await lead.PostFormAsync("/Staff/Implementation/Nomad", ("SiteId", clinic.Team.SiteId.ToString()), ("ClosesOn", closes))).AssertRedirect("/Staff/Implementation/Nomad");
        var roundId = await app.WithDbAsync(db => db.NomadRounds.Where(r => r.SiteId == clinic.Team.SiteId).Select(r => r.Id).SingleAsync());
        var page = $"/Staff/Implementation/Nomad/Answer/{roundId}";

        using var first = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));
        var (_, start) = await first.GetPageAsync("/Staff/Implementation");
        Assert.NotNull(start.QuerySelector($"a[href='{page}']"));
        var (_, form) = await first.GetPageAsync(page);
        Assert.Equal(20, form.QuerySelectorAll("fieldset").Length);
        Assert.Contains("I can see how the guided online CBT programme differs from usual ways of working", form.Body!.TextContent, StringComparison.Ordinal);
        var incomplete = await first.PostFormAsync(page, Answers("4")[..10]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains("how much you agree", await FormClient.ErrorsAsync(incomplete), StringComparison.Ordinal);
        (await first.PostFormAsync(page, Answers("4"))).AssertRedirect("/Staff/Implementation");
        var twice = await first.PostFormAsync(page, Answers("1"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var (_, hidden) = await lead.GetPageAsync("/Staff/Implementation/Nomad");
        Assert.Contains("Results appear when the round has closed", hidden.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("4.00", hidden.Body.TextContent, StringComparison.Ordinal);

        foreach (var answer in new[] { "5", "3", "4", "nr-stage" })
        {
            using var colleague = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));
            (await colleague.PostFormAsync(page, Answers(answer))).AssertRedirect("/Staff/Implementation");
        }

        var (_, stillOpen) = await lead.GetPageAsync("/Staff/Implementation/Nomad");
        Assert.DoesNotContain("4.00", stillOpen.Body!.TextContent, StringComparison.Ordinal); // five answered, but the round is open
        app.Clock.Advance(TimeSpan.FromDays(15)); // the round closes (and the lead's session expires: sign in again)
        lead.Dispose();
        lead = await StaffAsync(leadUser);
        var (_, shown) = await lead.GetPageAsync("/Staff/Implementation/Nomad");
        var row = shown.QuerySelectorAll("table tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal("5", row[0]);
        Assert.Equal("4.00", row[1]); // coherence: 4, 5, 3, 4 (the fifth found it not relevant)
        var csv = await lead.GetAsync($"/Staff/Implementation/Nomad?handler=Csv&siteId={clinic.Team.SiteId}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("opened_on,closes_on,respondents,mean_coherence,mean_cognitive_participation,mean_collective_action,mean_reflexive_monitoring", lines[0]);
        // Collective action: six items answered 4, 5, 3, 4 and CA2 reversed (2, 1, 3, 2): 104 / 28 = 3.71.
        Assert.EndsWith(",5,4.00,4.00,3.71,4.00", lines[1], StringComparison.Ordinal);
        Assert.Equal(80, await app.WithDbAsync(db => db.NomadAnswers.CountAsync(a => a.RoundId == roundId && a.Agreement != null)));
        Assert.Equal(5, await app.WithDbAsync(db => db.NomadAnswers.Where(a => a.RoundId == roundId).Select(a => a.ResponseId).Distinct().CountAsync()));

        using var otherSite = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam));
        Assert.Equal(HttpStatusCode.NotFound, (await otherSite.GetAsync(page)).StatusCode);
        using var otherLead = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.ImplementationLead], team: clinic.OtherTeam));
        Assert.Equal(HttpStatusCode.NotFound, (await otherLead.GetAsync($"/Staff/Implementation/Nomad?handler=Csv&siteId={clinic.Team.SiteId}")).StatusCode);
        lead.Dispose();
    }

    private static (string, string)[] Answers(string value) => [.. Enumerable.Range(0, 20).Select(i => ($"Answers[{i}]", value))];

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
