using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.Domain.SiteContent;
using Tandem.IntegrationTests.Content;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;

namespace Tandem.IntegrationTests.SiteContent;

/// <summary>
/// Site adaptations against a small test programme. The app runs version 2 of module demo-01, whose text changed
/// from version 1 ("Hallo" → "Hallo daar"); an adaptation written against version 1 is made with the loader's own
/// version-1 catalogue.
/// </summary>
public sealed class SiteContentTests(SiteContentTests.App app) : IClassFixture<SiteContentTests.App>
{
    private const string PageUrl = "/Staff/Content/Page/demo/demo-01/start";

    [Fact]
    public async Task Manager_saves_a_site_text_and_sees_how_it_differs_from_the_programme_text()
    {
        var (clinic, manager) = await ManagerAsync();
        using var client = await SignInAsync(manager);

        var saved = await client.PostFormAsync(PageUrl, ("Input.Dutch", "Hallo daar\nWelkom bij ons team"), ("Input.English", "Hello there\nWelcome to our team"));

        saved.AssertRedirect(PageUrl);
        var (response, page) = await client.GetPageAsync(PageUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Added: Welkom bij ons team", "Added: Welcome to our team"], page.QuerySelectorAll("ol.diff ins").Select(e => e.TextContent.Replace("+", "", StringComparison.Ordinal).Trim()));
        Assert.Empty(page.QuerySelectorAll("ol.diff del"));
        Assert.Null(page.QuerySelector("#base-changed"));

        var content = await app.WithDbAsync(db => new Web.Content.SiteContent(db).TextForAsync(clinic.Team.SiteId, "demo", "demo-01", "start", default));
        Assert.Equal(("Hallo daar\nWelkom bij ons team", "Hello there\nWelcome to our team"), (content?.Dutch, content?.English));
        Assert.Null(await app.WithDbAsync(db => new Web.Content.SiteContent(db).TextForAsync(clinic.OtherTeam.SiteId, "demo", "demo-01", "start", default)));

        var (_, index) = await client.GetPageAsync("/Staff/Content");
        Assert.Contains("Adapted by your site", index.QuerySelector("a[href='" + PageUrl + "']")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_of_another_site_sees_the_programme_text()
    {
        var (clinic, manager) = await ManagerAsync();
        var other = await app.CreateStaffAsync(clinic, [Role.Manager], team: clinic.OtherTeam);
        using (var client = await SignInAsync(manager))
        {
            (await client.PostFormAsync(PageUrl, ("Input.Dutch", "Eigen tekst"), ("Input.English", "Own text"))).AssertRedirect(PageUrl);
        }

        using var otherClient = await SignInAsync(other);
        var (_, page) = await otherClient.GetPageAsync(PageUrl);

        Assert.Equal("Hallo daar", page.QuerySelector("textarea[name='Input.Dutch']")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("ol.diff"));
    }

    [Fact]
    public async Task A_newer_programme_version_with_changed_text_shows_the_change_until_marked_reviewed()
    {
        var (clinic, manager) = await ManagerAsync();
        await app.WithDbAsync(async db =>
        {
            var oldModule = app.VersionOne.Find("demo")!.FindModule("demo-01")!;
            db.SitePageTexts.Add(new SitePageText(clinic.Team.SiteId, "demo", oldModule, oldModule.Pages[0], new("Hallo van ons", "Hello from us"), manager.Id, app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        using var client = await SignInAsync(manager);

        var (_, page) = await client.GetPageAsync(PageUrl);
        var notice = page.QuerySelector("section[aria-labelledby=base-changed]");
        Assert.NotNull(notice);
        Assert.Contains("version 1", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Removed: Hallo", "Removed: Hello"], notice.QuerySelectorAll("del").Select(e => e.TextContent.Replace("−", "", StringComparison.Ordinal).Trim()));
        Assert.Equal(["Added: Hallo daar", "Added: Hello there"], notice.QuerySelectorAll("ins").Select(e => e.TextContent.Replace("+", "", StringComparison.Ordinal).Trim()));
        var (_, index) = await client.GetPageAsync("/Staff/Content");
        Assert.Contains("programme text changed, please review", index.QuerySelector("a[href='" + PageUrl + "']")!.ParentElement!.TextContent, StringComparison.Ordinal);

        (await client.PostFormAsync(PageUrl, [], PageUrl + "?handler=Reviewed")).AssertRedirect(PageUrl);

        var (_, reviewed) = await client.GetPageAsync(PageUrl);
        Assert.Null(reviewed.QuerySelector("#base-changed"));
        var stored = await app.WithDbAsync(db => db.SitePageTexts.AsNoTracking().SingleAsync(t => t.SiteId == clinic.Team.SiteId));
        Assert.Equal((2, "Hallo daar", "Hallo van ons"), (stored.BaseModuleVersion, stored.BaseDutch, stored.Dutch));
    }

    [Fact]
    public async Task Manager_can_go_back_to_the_programme_text()
    {
        var (clinic, manager) = await ManagerAsync();
        using var client = await SignInAsync(manager);
        (await client.PostFormAsync(PageUrl, ("Input.Dutch", "Eigen"), ("Input.English", "Own"))).AssertRedirect(PageUrl);

        (await client.PostFormAsync(PageUrl, [], PageUrl + "?handler=Remove")).AssertRedirect(PageUrl);

        Assert.False(await app.WithDbAsync(db => db.SitePageTexts.AnyAsync(t => t.SiteId == clinic.Team.SiteId)));
    }

    [Theory]
    [InlineData("Eigen", "", "Fill in English text.")]
    [InlineData("", "Own", "Fill in Dutch text.")]
    [InlineData("Eigen", "LONG", "English text can be at most 20000 characters.")]
    public async Task An_incomplete_or_too_long_text_is_refused_with_a_message(string dutch, string english, string message)
    {
        var (clinic, manager) = await ManagerAsync();
        using var client = await SignInAsync(manager);

        var response = await client.PostFormAsync(PageUrl, ("Input.Dutch", dutch), ("Input.English", english == "LONG" ? new string('a', 20_001) : english));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SitePageTexts.AnyAsync(t => t.SiteId == clinic.Team.SiteId)));
    }

    [Theory]
    [InlineData("/Staff/Content/Page/demo/demo-01/nope")]
    [InlineData("/Staff/Content/Page/demo/nope/start")]
    [InlineData("/Staff/Content/Page/nope/demo-01/start")]
    public async Task An_unknown_page_is_not_found(string url)
    {
        var (_, manager) = await ManagerAsync();
        using var client = await SignInAsync(manager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Therapists_and_organisation_administrators_cannot_adapt_content()
    {
        var (clinic, _) = await ManagerAsync();
        foreach (var role in new[] { Role.Therapist, Role.OrgAdmin })
        {
            using var client = await SignInAsync(await app.CreateStaffAsync(clinic, [role]));
            (await client.PostAsync(PageUrl, [new("Input.Dutch", "x"), new("Input.English", "y")])).AssertRedirect("/Account/AccessDenied");
            (await client.GetAsync(PageUrl)).AssertRedirect("/Account/AccessDenied");
        }

        Assert.False(await app.WithDbAsync(db => db.SitePageTexts.AnyAsync(t => t.SiteId == clinic.Team.SiteId)));
    }

    private async Task<(Clinic Clinic, TestUser Manager)> ManagerAsync()
    {
        var clinic = await app.CreateClinicAsync();
        return (clinic, await app.CreateStaffAsync(clinic, [Role.Manager]));
    }

    private async Task<FormClient> SignInAsync(TestUser staff)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(staff);
        return client;
    }

    [Fact]
    public async Task Content_pictures_are_served_and_the_content_files_themselves_are_not()
    {
        using var client = app.NewClient();

        using var picture = await client.GetAsync("/content/demo/images/pacing.png");
        using var yaml = await client.GetAsync("/content/demo/programme.yaml");

        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, yaml.StatusCode); // not a file here: the sign-in redirect of any unknown address
    }

    /// <summary>The app on the test programme at module version 2, plus the version-1 catalogue for old adaptations.</summary>
    public sealed class App : TandemApp
    {
        private readonly ContentFolder _current = new();

        public App()
        {
            using var old = new ContentFolder();
            VersionOne = new ProgrammeCatalog(ProgrammeLoader.Load(old.Root).Programmes);
            _current.Write("programmes/demo/modules/demo-01.yaml", ContentFolder.Module1
                .Replace("\nversion: 1\n", "\nversion: 2\n", StringComparison.Ordinal)
                .Replace("""text: { nl: "Hallo", en: "Hello" }""", """text: { nl: "Hallo daar", en: "Hello there" }""", StringComparison.Ordinal));
            _current.Write("programmes/demo/modules/demo-02.yaml", ContentFolder.Module2
                .Replace("""text: { nl: "Hallo", en: "Hello" }""", """text: { nl: "Hallo daar", en: "Hello there" }""", StringComparison.Ordinal));
            _current.Write("programmes/demo/images/pacing.png", "not really a picture");
        }

        public ProgrammeCatalog VersionOne { get; }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            _current.Dispose();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:Path", _current.Root);
        }
    }
}
