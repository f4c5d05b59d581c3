using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Implementation;

public sealed class AssessmentRoundTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task A_lead_opens_a_round_colleagues_rate_it_and_the_profile_shows_counts_without_names()
    {
        var clinic = await app.CreateClinicAsync();
        var leadUser = await app.CreateStaffAsync(clinic, [Role.ImplementationLead]);
        var first = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var second = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var elsewhere = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        using var lead = await StaffAsync(leadUser);

        var (_, form) = await lead.GetPageAsync("/Staff/Implementation/Rounds/New");
        var proposed = form.QuerySelectorAll("input[name='Input.Invitees'][checked]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(first.Id.ToString(), proposed);
        Assert.DoesNotContain(elsewhere.Id.ToString(), proposed); // another site's staff
        Assert.Equal(48, form.QuerySelectorAll("input[name='Input.Constructs'][checked]").Length);

        var roundId = await OpenRoundAsync(lead, clinic, ["III.C", "III.F", "I.B"], first, second);

        using var rater = await StaffAsync(first);
        var page = $"/Staff/Implementation/Respond/{roundId}";
        (await rater.PostFormAsync(page, Ratings(("III.C", "-2", "No time in the schedule"), ("III.F", "", ""), ("I.B", "", "")))).AssertRedirect(page);
        var incomplete = await rater.PostFormAsync(page, Ratings(("III.C", "-2", ""), ("III.F", "", ""), ("I.B", "", "")), page + "?handler=Send");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains("Choose a rating", await FormClient.ErrorsAsync(incomplete), StringComparison.Ordinal);
        var (_, saved) = await rater.GetPageAsync(page);
        Assert.Equal("No time in the schedule", saved.QuerySelector("textarea[name='Ratings[0].Comment']")!.TextContent);
        (await rater.PostFormAsync(page, Ratings(("III.C", "-2", "No time in the schedule"), ("III.F", "2", ""), ("I.B", "dk", "")), page + "?handler=Send"))
            .AssertRedirect("/Staff/Implementation");

        using var other = await StaffAsync(second);
        (await other.PostFormAsync($"/Staff/Implementation/Respond/{roundId}", Ratings(("III.C", "-1", ""), ("III.F", "-2", ""), ("I.B", "1", "")), $"/Staff/Implementation/Respond/{roundId}?handler=Send"))
            .AssertRedirect("/Staff/Implementation");

        var (_, profile) = await lead.GetPageAsync($"/Staff/Implementation/Rounds/Detail/{roundId}");
        string[] Row(string label) => [.. profile.QuerySelectorAll("table.profile tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim().StartsWith(label, StringComparison.Ordinal)).QuerySelectorAll("td").Select(c => c.TextContent.Trim())];
        Assert.Equal(["", "1", "1", "0", "0", "0", "0", "−1.5", "Barrier"], Row(Label("III.C")));
        Assert.StartsWith("Neither", Row(Label("III.F"))[^1], StringComparison.Ordinal);
        Assert.Contains("Opinions differ", Row(Label("III.F"))[^1], StringComparison.Ordinal);
        Assert.Contains("No time in the schedule", profile.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(first.DisplayName, profile.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 of 2", profile.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == leadUser.Id && e.ObjectType == "CfirProfile" && e.Action == AuditAction.Read && e.ObjectId == roundId.ToString())));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == first.Id && e.ObjectType == "CfirRating" && e.Action == AuditAction.Update)));

        var (_, strategies) = await lead.GetPageAsync($"/Staff/Implementation/Strategies?round={roundId}");
        Assert.Equal(["III.C"], strategies.QuerySelectorAll("input[name='c'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Contains("Networks & Communications", strategies.Body!.TextContent, StringComparison.Ordinal); // III.C Communications routes to the 2009 barrier
    }

    [Fact]
    public async Task Only_invitees_rate_only_the_lead_of_the_site_sees_the_profile_and_a_closed_round_takes_no_ratings()
    {
        var clinic = await app.CreateClinicAsync();
        var leadUser = await app.CreateStaffAsync(clinic, [Role.ImplementationLead]);
        var invited = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var notInvited = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var lead = await StaffAsync(leadUser);
        var roundId = await OpenRoundAsync(lead, clinic, ["I.A"], invited);

        using var outsider = await StaffAsync(notInvited);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Staff/Implementation/Respond/{roundId}")).StatusCode);
        (await outsider.GetAsync($"/Staff/Implementation/Rounds/Detail/{roundId}")).AssertRedirect("/Account/AccessDenied");
        using var otherLead = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.ImplementationLead], team: clinic.OtherTeam));
        Assert.Equal(HttpStatusCode.NotFound, (await otherLead.GetAsync($"/Staff/Implementation/Rounds/Detail/{roundId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLead.GetAsync($"/Staff/Implementation/Strategies?round={roundId}")).StatusCode);
        using var foreignLead = await StaffAsync(await app.CreateStaffAsync(await app.CreateClinicAsync(), [Role.ImplementationLead]));
        Assert.Equal(HttpStatusCode.NotFound, (await foreignLead.GetAsync($"/Staff/Implementation/Rounds/Detail/{roundId}")).StatusCode);

        using var rater = await StaffAsync(invited);
        var page = $"/Staff/Implementation/Respond/{roundId}";
        var bad = await rater.PostFormAsync(page, Ratings(("I.A", "7", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("strong barrier to strong facilitator", await FormClient.ErrorsAsync(bad), StringComparison.Ordinal);
        var tooLong = await rater.PostFormAsync(page, Ratings(("I.A", "1", new string('x', 1001))));
        Assert.Contains("at most 1000 characters", await FormClient.ErrorsAsync(tooLong), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.CfirRatings.CountAsync(r => r.RoundId == roundId)));

        (await lead.PostFormAsync($"/Staff/Implementation/Rounds/Detail/{roundId}", [], $"/Staff/Implementation/Rounds/Detail/{roundId}?handler=Close"))
            .AssertRedirect($"/Staff/Implementation/Rounds/Detail/{roundId}");
        var late = await rater.PostFormAsync(page, Ratings(("I.A", "1", "")));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("This round is closed", await FormClient.ErrorsAsync(late), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_round_refuses_a_past_closing_day_no_invitees_and_a_site_the_lead_does_not_lead()
    {
        var clinic = await app.CreateClinicAsync();
        using var lead = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.ImplementationLead]));
        var yesterday = ClinicCalendar.DateOf(app.Clock.GetUtcNow()).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var past = await lead.PostFormAsync("/Staff/Implementation/Rounds/New",
            ("Input.SiteId", clinic.Team.SiteId.ToString()), ("Input.Title", "Spring"), ("Input.ClosesOn", yesterday), ("Input.Constructs", "I.A"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        var errors = await FormClient.ErrorsAsync(past);
        Assert.Contains("Invite at least one colleague", errors, StringComparison.Ordinal);
        var otherSite = await lead.PostFormAsync("/Staff/Implementation/Rounds/New", ("Input.SiteId", clinic.OtherTeam.SiteId.ToString()), ("Input.Title", "Spring"));
        Assert.Equal(HttpStatusCode.NotFound, otherSite.StatusCode);
        using var therapist = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));
        (await therapist.GetAsync("/Staff/Implementation/Rounds/New")).AssertRedirect("/Account/AccessDenied");
        Assert.Equal(0, await app.WithDbAsync(db => db.CfirRounds.CountAsync(r => r.SiteId == clinic.Team.SiteId)));
    }

    private static string Label(string constructId) => constructId switch
    {
        "III.C" => "Communications",
        "III.F" => "Compatibility",
        _ => throw new ArgumentOutOfRangeException(nameof(constructId)),
    };

    private static KeyValuePair<string, string>[] Ratings(params (string Construct, string Score, string Comment)[] ratings) =>
    [
        .. ratings.SelectMany((r, i) => new[]
        {
            new KeyValuePair<string, string>($"Ratings[{i}].ConstructId", r.Construct),
            new KeyValuePair<string, string>($"Ratings[{i}].Score", r.Score),
            new KeyValuePair<string, string>($"Ratings[{i}].Comment", r.Comment),
        }),
    ];

    private async Task<Guid> OpenRoundAsync(FormClient lead, Clinic clinic, string[] constructs, params TestUser[] invitees)
    {
        var closes = ClinicCalendar.DateOf(app.Clock.GetUtcNow()).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.SiteId", clinic.Team.SiteId.ToString()), new("Input.Title", $"Round {Guid.NewGuid():N}"), new("Input.ClosesOn", closes),
        };
        fields.AddRange(constructs.Select(c => new KeyValuePair<string, string>("Input.Constructs", c)));
        fields.AddRange(invitees.Select(i => new KeyValuePair<string, string>("Input.Invitees", i.Id.ToString())));
        var response = await lead.PostFormAsync("/Staff/Implementation/Rounds/New", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.RedirectPath()!.Split('/')[^1]);
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
