using System.Net;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class SecurityHeaderTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Every_page_carries_the_browser_hardening_headers()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using var anonymous = app.NewClient();
        using var signedIn = app.NewClient();
        await signedIn.SignInPatientAsync(patient.User);

        var nonces = new HashSet<string>();
        foreach (var (client, url) in new[]
        {
            (anonymous, "/"), (anonymous, "/Account/SignIn"), (anonymous, "/Account/ForgotPassword"), (anonymous, "/Account/SignedOut"),
            (anonymous, "/Status/404"), (signedIn, "/Patient"), (signedIn, "/Patient/AccessLog"), (signedIn, "/Account/Manage"),
        })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("'nonce-", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.True(nonces.Add(csp), $"{url}: the CSP nonce was reused");
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.False(string.IsNullOrEmpty(Assert.Single(response.Headers.GetValues("Referrer-Policy"))));
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"), $"{url}: Server header present");
            var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
            var maxAge = int.Parse(hsts.Split(';')[0].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(maxAge >= 31_536_000, $"HSTS max-age {maxAge}");
        }
    }

    [Fact]
    public async Task Sign_in_cookie_is_a_Secure_HttpOnly_SameSite_host_cookie()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = (await app.CreatePatientAsync(clinic, therapist)).User;
        using var client = app.NewClient();

        var response = await client.SubmitPasswordAsync(patient.Email, patient.Password);

        response.AssertRedirect("/Patient");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Tandem=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains(attributes, a => a.StartsWith("samesite=", StringComparison.Ordinal));
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused_with_400()
    {
        var clinic = await app.CreateClinicAsync();
        var admin = await app.CreateStaffAsync(clinic, [Role.OrgAdmin]);
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var anonymous = app.NewClient();
        using var signedIn = app.NewClient();
        await signedIn.SignInStaffAsync(admin);

        var signIn = await anonymous.PostAsync("/Account/SignIn", [new("Input.Email", admin.Email), new("Input.Password", admin.Password)]);
        var disable = await signedIn.PostAsync($"/Admin/Staff?handler=Disable&id={therapist.Id}", []);

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        using var later = app.NewClient();
        (await later.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/TwoFactor");
    }

    [Fact]
    public async Task Bad_form_input_gives_the_form_back_with_a_message_not_an_error()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var anonymous = app.NewClient();
        using var staff = app.NewClient();
        await staff.SignInStaffAsync(therapist);

        var email = await anonymous.SubmitPasswordAsync("not-an-e-mail-address", "whatever it is");
        var longName = await staff.PostFormAsync("/Staff/Patients/Invite",
            ("Input.GivenName", new string('x', 101)), ("Input.FamilyName", "Jansen"), ("Input.Email", $"x-{Guid.NewGuid():N}@test.tandem.nl"));
        anonymous.Language = "nl";
        var dutch = await anonymous.SubmitPasswordAsync("geen-e-mailadres", "wat dan ook");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, email.StatusCode);
        Assert.Contains("Enter a valid e-mail address", await FormClient.ErrorsAsync(email), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longName.StatusCode);
        Assert.Contains("at most 100 characters", await FormClient.ErrorsAsync(longName), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dutch.StatusCode);
        Assert.Contains("Vul een geldig e-mailadres in", await FormClient.ErrorsAsync(dutch), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_page_speaks_Dutch_or_English_by_browser_language_and_by_choice()
    {
        using var client = app.NewClient();
        client.Language = "nl";
        Assert.Equal("Inloggen", await HeadingAsync(client));
        client.Language = "en";
        Assert.Equal("Sign in", await HeadingAsync(client));

        client.Language = "nl";
        var choose = await client.PostFormAsync("/Account/SignIn", [new("language", "en"), new("returnUrl", "/Account/SignIn")], "/Language");
        choose.AssertRedirect("/Account/SignIn");

        Assert.Equal("Sign in", await HeadingAsync(client));
    }

    private static async Task<string?> HeadingAsync(FormClient client) =>
        (await client.GetPageAsync("/Account/SignIn")).Page.QuerySelector("h1")?.TextContent.Trim();
}

/// <summary>Its own app, because the limit is fixed when the app starts.</summary>
public sealed class RateLimitedTandemApp : TandemApp
{
    public const int Limit = 3;

    protected override int AuthPerMinute => Limit;
}

public sealed class RateLimitTests(RateLimitedTandemApp app) : IClassFixture<RateLimitedTandemApp>
{
    [Fact]
    public async Task Sign_in_attempts_answer_429_after_the_configured_number_but_reading_the_page_stays_free()
    {
        using var client = app.NewClient();
        for (var i = 0; i < RateLimitedTandemApp.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.SubmitPasswordAsync("nobody@example.nl", "not the password at all")).StatusCode);
        }

        // A fixed one-minute window: if it happened to roll over just now, the next window fills up too.
        var refused = false;
        for (var i = 0; i <= RateLimitedTandemApp.Limit && !refused; i++)
        {
            refused = (await client.SubmitPasswordAsync("nobody@example.nl", "not the password at all")).StatusCode == HttpStatusCode.TooManyRequests;
        }

        Assert.True(refused, "No 429 after the limit");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/SignIn")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
