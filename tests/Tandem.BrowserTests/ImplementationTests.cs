using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

public sealed class ImplementationTests(TandemApp app)
{
    [Fact]
    public async Task A_lead_runs_an_assessment_round_sees_the_barrier_profile_and_gets_strategies_matched_to_its_barriers()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var lead = await app.Accounts.CreateColleagueAsync(therapist, Role.ImplementationLead, "Ilse Lead");
        await using var leadContext = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var leadPage = await leadContext.NewPageAsync();
        await leadPage.SignInStaffAsync(lead);

        await leadPage.GetByRole(AriaRole.Link, new() { Name = "Implementation", Exact = true }).ClickAsync();
        await leadPage.AccessibleAsync("implementation-01-start-en");
        await leadPage.GetByRole(AriaRole.Link, new() { Name = "Open an assessment round" }).ClickAsync();
        await leadPage.AccessibleAsync("implementation-02-new-round-en");
        await leadPage.GetByLabel("Title of the round").FillAsync("Autumn 2026");
        await leadPage.Locator("input[name='Input.Constructs']").EvaluateAllAsync<object>("boxes => boxes.forEach(b => b.checked = false)");
        foreach (var topic in new[] { "Communications", "Compatibility", "Innovation Adaptability" })
        {
            await leadPage.GetByLabel(topic, new() { Exact = true }).CheckAsync();
        }

        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Expect(leadPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Autumn 2026");
        await Expect(leadPage.Locator(".lead")).ToContainTextAsync("0 of 2");

        await using var raterContext = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var raterPage = await raterContext.NewPageAsync();
        await raterPage.SignInStaffAsync(therapist);
        await raterPage.GetByRole(AriaRole.Link, new() { Name = "Implementation: barrier assessment and strategies" }).ClickAsync();
        await raterPage.GetByRole(AriaRole.Link, new() { Name = "Autumn 2026" }).ClickAsync();
        await raterPage.AccessibleAsync("implementation-03-rate-phone-en");
        var topics = raterPage.Locator("fieldset.card");
        await topics.Nth(0).GetByLabel("Facilitator", new() { Exact = true }).CheckAsync(); // adaptability
        await topics.Nth(1).GetByLabel("Strong barrier").CheckAsync(); // communications
        await topics.Nth(1).GetByLabel("Comment (optional)").FillAsync("Nobody tells the intake team about it.");
        await topics.Nth(2).GetByLabel("Barrier", new() { Exact = true }).CheckAsync(); // compatibility
        await raterPage.GetByRole(AriaRole.Button, new() { Name = "Send my ratings" }).ClickAsync();
        await Expect(raterPage.Locator(".flash-info")).ToContainTextAsync("your ratings are sent");

        await leadPage.ReloadAsync();
        await Expect(leadPage.Locator(".lead")).ToContainTextAsync("1 of 2");
        var communications = leadPage.Locator("table.profile tbody tr", new() { HasText = "Communications" });
        await Expect(communications.Locator("td").Last).ToHaveTextAsync("Barrier");
        await leadPage.GetByText("Comments (1)").ClickAsync();
        await Expect(leadPage.Locator("details.comments")).ToContainTextAsync("Nobody tells the intake team about it.");
        await leadPage.AccessibleAsync("implementation-04-profile-en");

        await leadPage.GetByRole(AriaRole.Link, new() { Name = "Match strategies to the barriers of this round" }).ClickAsync();
        await Expect(leadPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Implementation strategies for your barriers");
        await Expect(leadPage.Locator("#data-caption")).ToBeVisibleAsync();
        await Expect(leadPage.Locator("ol.ranking")).ToContainTextAsync("Promote adaptability"); // 45 % of the experts, for Compatibility
        await leadPage.AccessibleAsync("implementation-05-strategies-en");

        await leadPage.GetByLabel("Choose for the plan: Promote adaptability").CheckAsync();
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Start a plan with the chosen strategies" }).ClickAsync();
        await leadPage.AccessibleAsync("implementation-06-new-plan-en");
        await leadPage.GetByLabel("Title of the plan").FillAsync("Online from the start");
        await leadPage.GetByLabel("Goals", new() { Exact = true }).FillAsync("Every new patient hears about the online treatment at intake.");
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Create the plan" }).ClickAsync();
        await Expect(leadPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Online from the start");
        await Expect(leadPage.Locator(".plan-strategies")).ToContainTextAsync("Promote adaptability");
        await leadPage.GetByLabel("What will be done").FillAsync("Add the online option to the intake checklist");
        await leadPage.Locator("#NewAction_OwnerId").SelectOptionAsync(new SelectOptionValue { Label = therapist.DisplayName });
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await Expect(leadPage.Locator(".plan-actions")).ToContainTextAsync("Add the online option to the intake checklist");
        await Expect(leadPage.Locator("ol.history")).ToContainTextAsync("Action added");
        await leadPage.AccessibleAsync("implementation-07-plan-en");

        await raterPage.GotoAsync("/Staff/Implementation");
        await Expect(raterPage.Locator(".plan-actions")).ToContainTextAsync("Add the online option to the intake checklist");
        await raterPage.Locator(".plan-actions select").SelectOptionAsync("Done");
        await raterPage.GetByRole(AriaRole.Button, new() { Name = "Save Add the online option to the intake checklist" }).ClickAsync();
        await Expect(raterPage.Locator(".flash-info")).ToContainTextAsync("Saved");
        await raterPage.AccessibleAsync("implementation-08-my-actions-phone-en");

        await leadPage.GotoAsync("/Staff/Implementation/Strategies");

        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(leadPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Implementatiestrategieën bij je belemmeringen");
        await leadPage.GotoAsync("/Staff/Implementation");
        await leadPage.GetByRole(AriaRole.Link, new() { Name = "Online from the start" }).ClickAsync();
        await Expect(leadPage.Locator("ol.history")).ToContainTextAsync("Klaar");
        await leadPage.AccessibleAsync("implementation-11-plan-nl");
        await leadPage.GotoAsync("/Staff/Implementation/Strategies");
        await leadPage.AccessibleAsync("implementation-09-strategies-nl");
        await leadPage.GetByRole(AriaRole.Link, new() { Name = "Bronnen en licenties van de implementatiegegevens" }).ClickAsync();
        await leadPage.AccessibleAsync("implementation-10-sources-nl");
    }

    [Fact]
    public async Task A_lead_opens_a_NoMAD_round_a_therapist_answers_it_in_Dutch_on_a_phone_and_small_groups_stay_hidden()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var lead = await app.Accounts.CreateColleagueAsync(therapist, Role.ImplementationLead, "Ilse Lead");
        await using var leadContext = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var leadPage = await leadContext.NewPageAsync();
        await leadPage.SignInStaffAsync(lead);
        await leadPage.GotoAsync("/Staff/Implementation");
        await leadPage.GetByRole(AriaRole.Link, new() { Name = "NoMAD survey and trends" }).ClickAsync();
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Expect(leadPage.Locator(".flash-info")).ToContainTextAsync("The NoMAD round is open");
        await leadPage.AccessibleAsync("nomad-01-open-en");

        await using var context = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var page = await context.NewPageAsync();
        await page.SignInStaffAsync(therapist);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await page.GotoAsync("/Staff/Implementation");
        await page.GetByRole(AriaRole.Link, new() { Name = "Invullen (ongeveer 5 minuten)" }).ClickAsync();
        await Expect(page.Locator("fieldset")).ToHaveCountAsync(20);
        await page.AccessibleAsync("nomad-02-answer-phone-nl");
        var statements = page.Locator("fieldset");
        for (var i = 0; i < 20; i++)
        {
            await statements.Nth(i).GetByLabel(i == 9 ? "Niet van toepassing in deze fase" : "Eens", new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Mijn antwoorden versturen" }).ClickAsync();
        await Expect(page.Locator(".flash-info")).ToContainTextAsync("je antwoorden zijn verstuurd");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Invullen (ongeveer 5 minuten)" })).ToHaveCountAsync(0);

        await leadPage.ReloadAsync();
        await Expect(leadPage.Locator("table tbody tr").First).ToContainTextAsync("Results appear when the round has closed");
        await leadPage.AccessibleAsync("nomad-03-results-waiting-en");
        await leadPage.GetByRole(AriaRole.Button, new() { Name = "Close the round now" }).ClickAsync();
        await Expect(leadPage.Locator("table tbody tr").First).ToContainTextAsync("Fewer than 5 respondents");
        await leadPage.AccessibleAsync("nomad-04-results-hidden-en");
    }
}
