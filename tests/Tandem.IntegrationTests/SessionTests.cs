using System.Net;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class SessionTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string AuthCookie = "__Host-Tandem";

    [Fact]
    public async Task Patient_idle_for_31_minutes_is_sent_to_sign_in()
    {
        var patient = await NewPatientAsync();
        using var client = app.NewClient();
        await client.SignInPatientAsync(patient);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Patient")).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(31));

        (await client.GetAsync("/Patient")).AssertRedirect("/Account/SignIn");
    }

    [Fact]
    public async Task Active_patient_stays_signed_in_until_the_12_hour_absolute_limit()
    {
        var patient = await NewPatientAsync();
        using var client = app.NewClient();
        await client.SignInPatientAsync(patient);

        var elapsed = TimeSpan.Zero;
        while (elapsed + TimeSpan.FromMinutes(10) < SessionPolicy.Patient.Absolute)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            elapsed += TimeSpan.FromMinutes(10);
            Assert.True((await client.GetAsync("/Patient")).StatusCode == HttpStatusCode.OK, $"Signed out after {elapsed}");
        }

        app.Clock.Advance(SessionPolicy.Patient.Absolute - elapsed);
        (await client.GetAsync("/Patient")).AssertRedirect("/Account/SignIn");
    }

    [Fact]
    public async Task Staff_idle_for_16_minutes_is_sent_to_sign_in()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff")).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(16));

        (await client.GetAsync("/Staff")).AssertRedirect("/Account/SignIn");
    }

    [Fact]
    public async Task Cookie_replayed_after_sign_out_is_rejected()
    {
        var patient = await NewPatientAsync();
        using var client = app.NewClient();
        await client.SignInPatientAsync(patient);
        var cookie = client.CookieValue(AuthCookie);
        Assert.NotNull(cookie);

        await client.SignOutAsync();
        using var thief = app.NewClient();
        thief.Cookies.Add(TandemApp.BaseAddress, new Cookie(AuthCookie, cookie, "/", "localhost") { Secure = true, HttpOnly = true });

        (await thief.GetAsync("/Patient")).AssertRedirect("/Account/SignIn");
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_session_at_the_next_request()
    {
        var clinic = await app.CreateClinicAsync();
        var admin = await app.CreateStaffAsync(clinic, [Role.OrgAdmin]);
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var adminClient = app.NewClient();
        using var therapistClient = app.NewClient();
        await therapistClient.SignInStaffAsync(therapist);
        await adminClient.SignInStaffAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await therapistClient.GetAsync("/Staff")).StatusCode);

        var disable = await adminClient.PostFormAsync("/Admin/Staff", [], $"/Admin/Staff?handler=Disable&id={therapist.Id}");
        disable.AssertRedirect("/Admin/Staff");

        (await therapistClient.GetAsync("/Staff")).AssertRedirect("/Account/SignIn");
        using var later = app.NewClient();
        var again = await later.SubmitPasswordAsync(therapist.Email, therapist.Password);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    private async Task<TestUser> NewPatientAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        return (await app.CreatePatientAsync(clinic, therapist)).User;
    }
}
