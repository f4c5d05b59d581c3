using System.Net;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class PasswordResetTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string NewPassword = "maple tram whistles at dawn";

    [Fact]
    public async Task Emailed_reset_link_sets_a_new_password_and_ends_open_sessions()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = (await app.CreatePatientAsync(clinic, therapist)).User;
        using var elsewhere = app.NewClient();
        await elsewhere.SignInPatientAsync(patient);
        using var client = app.NewClient();

        var forgot = await client.PostFormAsync("/Account/ForgotPassword", ("Input.Email", patient.Email));
        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        var link = SmtpCapture.LinkIn(app.Mail.SingleTo(patient.Email), "/Account/ResetPassword");
        var reset = await client.PostFormAsync(link, InvitationTests.Fields(NewPassword));

        reset.AssertRedirect("/Account/SignIn");
        (await elsewhere.GetAsync("/Patient")).AssertRedirect("/Account/SignIn");
        await client.SignInPatientAsync(patient with { Password = NewPassword });
    }

    [Fact]
    public async Task Forgot_password_for_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        using var client = app.NewClient();
        var email = $"nobody-{Guid.NewGuid():N}@test.tandem.nl";

        var response = await client.PostFormAsync("/Account/ForgotPassword", ("Input.Email", email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await FormClient.ParseAsync(response)).QuerySelector(".flash-info"));
        Assert.DoesNotContain(app.Mail.Messages, m => m.To.Mailboxes.Any(b => b.Address == email));
    }
}
