using System.Net;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class SignInTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string Failed = "Signing in did not work";

    [Fact]
    public async Task Staff_signs_in_with_password_then_authenticator_code_and_reaches_staff_home()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();

        (await client.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/TwoFactor");
        (await client.GetAsync("/Staff")).AssertRedirect("/Account/SignIn");
        (await client.SubmitTotpAsync(app.NextTotpCode(therapist))).AssertRedirect("/");

        var home = await client.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(therapist.DisplayName, await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_authenticator_code_is_rejected()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();
        (await client.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/TwoFactor");
        var right = app.NextTotpCode(therapist);
        var wrong = right == "000000" ? "111111" : "000000";

        var response = await client.SubmitTotpAsync(wrong);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("code", await FormClient.ErrorsAsync(response), StringComparison.OrdinalIgnoreCase);
        (await client.GetAsync("/Staff")).AssertRedirect("/Account/SignIn");
    }

    [Fact]
    public async Task Authenticator_code_used_once_is_rejected_in_a_second_sign_in()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var first = app.NewClient();
        using var second = app.NewClient();
        var code = app.NextTotpCode(therapist);
        (await first.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/TwoFactor");
        (await first.SubmitTotpAsync(code)).AssertRedirect("/");

        (await second.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/TwoFactor");
        var replay = await second.SubmitTotpAsync(code);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        (await second.GetAsync("/Staff")).AssertRedirect("/Account/SignIn");
    }

    [Fact]
    public async Task Recovery_code_signs_in_once_and_never_again()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var recovery = (await app.RecoveryCodesAsync(therapist.Id))[0];
        using var first = app.NewClient();
        using var second = app.NewClient();

        (await first.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/TwoFactor");
        (await first.PostFormAsync("/Account/Recovery", ("Input.Code", recovery))).AssertRedirect("/");
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/Staff")).StatusCode);

        (await second.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/TwoFactor");
        var again = await second.PostFormAsync("/Account/Recovery", ("Input.Code", recovery));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        (await second.GetAsync("/Staff")).AssertRedirect("/Account/SignIn");
    }

    [Fact]
    public async Task Staff_without_authenticator_sees_no_patient_data_until_enrolled()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist], mfa: false);
        var patient = await app.CreatePatientAsync(clinic, therapist, withAccount: false);
        using var client = app.NewClient();

        (await client.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/Manage/TwoFactor");
        var list = await client.GetAsync("/Staff/Patients");
        list.AssertRedirect("/Account/AccessDenied");
        var denied = await client.GetAsync(list.Headers.Location!.OriginalString);
        denied.AssertRedirect("/Account/Manage/TwoFactor");
        var detail = await client.GetAsync($"/Staff/Patients/Detail/{patient.Id}");
        Assert.DoesNotContain(patient.GivenName, await detail.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, detail.StatusCode);

        var setup = await client.GetAsync("/Account/Manage/TwoFactor");
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        var key = await app.AuthenticatorKeyAsync(therapist.Id);
        var enrolled = therapist with { TotpKey = key };
        var enable = await client.PostFormAsync("/Account/Manage/TwoFactor", [new("Code", app.NextTotpCode(enrolled))], "/Account/Manage/TwoFactor?handler=Enable");
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);

        var after = await client.GetAsync("/Staff/Patients");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(patient.GivenName, await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_pause_sign_in_even_with_the_right_password_until_the_pause_ends()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = (await app.CreatePatientAsync(clinic, therapist)).User;
        using var client = app.NewClient();

        for (var i = 0; i < SignInBackoff.FreeAttempts; i++)
        {
            var wrong = await client.SubmitPasswordAsync(patient.Email, "not the right password at all");
            Assert.Contains(Failed, await FormClient.ErrorsAsync(wrong), StringComparison.Ordinal);
        }

        var paused = await client.SubmitPasswordAsync(patient.Email, patient.Password);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, paused.StatusCode);
        Assert.Contains(Failed, await FormClient.ErrorsAsync(paused), StringComparison.Ordinal);

        app.Clock.Advance(SignInBackoff.PauseAfter(SignInBackoff.FreeAttempts) + TimeSpan.FromSeconds(1));
        (await client.SubmitPasswordAsync(patient.Email, patient.Password)).AssertRedirect("/Patient");
    }

    [Fact]
    public async Task Wrong_authenticator_codes_count_towards_the_same_pause()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();
        (await client.SubmitPasswordAsync(therapist.Email, therapist.Password)).AssertRedirect("/Account/TwoFactor");

        for (var i = 0; i < SignInBackoff.FreeAttempts; i++)
        {
            var right = app.NextTotpCode(therapist);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.SubmitTotpAsync(right == "000000" ? "111111" : "000000")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.SubmitTotpAsync(app.NextTotpCode(therapist))).StatusCode);
        (await client.GetAsync("/Staff")).AssertRedirect("/Account/SignIn");
    }

    [Fact]
    public async Task Unknown_email_gets_exactly_the_same_message_as_a_wrong_password()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();

        var unknown = await client.SubmitPasswordAsync($"nobody-{Guid.NewGuid():N}@test.tandem.nl", "some password here");
        var wrong = await client.SubmitPasswordAsync(therapist.Email, "some password here");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var message = await FormClient.ErrorsAsync(wrong);
        Assert.Contains(Failed, message, StringComparison.Ordinal);
        Assert.Equal(message, await FormClient.ErrorsAsync(unknown));
    }
}
