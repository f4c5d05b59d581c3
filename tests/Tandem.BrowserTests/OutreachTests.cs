using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

public sealed class OutreachTests(TandemApp app)
{
    [Fact]
    public async Task A_visitor_on_a_phone_sends_a_Dutch_self_referral_and_the_sites_staff_find_it_in_the_intake_queue()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var manager = await app.Accounts.CreateColleagueAsync(therapist, Role.Manager, "Mark Manager");
        var slug = await PublishSiteOfAsync(therapist);

        await using var visitorContext = await app.NewContextAsync(Viewports.Phone, "nl-NL");
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/Sites/{slug}");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Zo meld je je aan" })).ToBeVisibleAsync();
        await visitor.AccessibleAsync("outreach-01-site-phone-nl");
        await visitor.GotoAsync($"/Sites/{slug}/Referral");
        await visitor.AccessibleAsync("outreach-02-gp-form-phone-nl");
        await visitor.GotoAsync($"/Sites/{slug}");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Ik wil graag starten" }).ClickAsync();
        await visitor.AccessibleAsync("outreach-03-interest-phone-nl");
        var opened = TimeProvider.System.GetUtcNow();
        await visitor.GetByLabel("Je naam").FillAsync("Femke de Groot");
        await visitor.GetByLabel("E-mail").FillAsync("femke@example.nl");
        await visitor.GetByLabel("Programma").SelectOptionAsync("cfs");
        await visitor.GetByLabel("Ik ga ermee akkoord").CheckAsync();
        // A person needs a few seconds for the form; a faster answer is taken for a bot and not kept.
        var rest = TimeSpan.FromSeconds(5) - (TimeProvider.System.GetUtcNow() - opened);
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, TestContext.Current.CancellationToken);
        }

        await visitor.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bedankt");
        await visitor.AccessibleAsync("outreach-04-thanks-phone-nl");

        await using var staffContext = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var staff = await staffContext.NewPageAsync();
        await staff.SignInStaffAsync(therapist);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Intake", Exact = true }).ClickAsync();
        await staff.AccessibleAsync("outreach-05-intake-en");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Femke de Groot" }).ClickAsync();
        await Expect(staff.Locator("dl.summary")).ToContainTextAsync("femke@example.nl");
        await staff.AccessibleAsync("outreach-06-referral-en");
        await staff.GetByLabel("New status").SelectOptionAsync("Contacted");
        await staff.GetByLabel("Note (optional)").FillAsync("Called; intake next week.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(staff.Locator("ol.history")).ToContainTextAsync("Called; intake next week.");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Invite to Tandem" }).ClickAsync();
        await Expect(staff.GetByLabel("First name")).ToHaveValueAsync("Femke");
        await Expect(staff.GetByLabel("Last name")).ToHaveValueAsync("de Groot");
        await Expect(staff.GetByLabel("E-mail address")).ToHaveValueAsync("femke@example.nl");
        await staff.AccessibleAsync("outreach-06b-invite-from-referral-en");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(staff.Locator(".flash-info")).ToContainTextAsync("The referral is marked as invited.");

        await using var managerContext = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var managerPage = await managerContext.NewPageAsync();
        await managerPage.SignInStaffAsync(manager);
        await managerPage.GotoAsync("/Staff/Sites");
        await managerPage.AccessibleAsync("outreach-07-sites-en");
        await managerPage.Locator("table a").First.ClickAsync();
        await managerPage.GetByLabel("Brand colour").FillAsync("#FFD700");
        await managerPage.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(managerPage.Locator(".error-summary")).ToContainTextAsync("too light");
        await managerPage.AccessibleAsync("outreach-08-site-settings-phone-en");
    }

    /// <summary>Gives the therapist's site a public address and contact details, as its manager would.</summary>
    private async Task<string> PublishSiteOfAsync(StaffMember member)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(member.Email)
            ?? throw new InvalidOperationException("No such member of staff.");
        var site = await db.Sites.SingleAsync(s => s.Id == user.SiteId, TestContext.Current.CancellationToken);
        var slug = $"site-{Guid.NewGuid():N}"[..20];
        site.Configure(site.Settings with { Slug = slug, Phone = "030 123 45 67", Email = "intake@example.nl", BrandColour = "#1F5F8B" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return slug;
    }
}
