using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Domain.Patients;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class InvitationTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string Passphrase = "seven amber lanterns drift slowly";

    [Fact]
    public async Task Patient_accepts_invitation_sets_password_and_lands_on_an_active_linked_record()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var (patientId, token) = await app.InvitePatientAsync(clinic, therapist);
        using var client = app.NewClient();

        (await Accept(client, token)).AssertRedirect("/Patient");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Patient")).StatusCode);
        var patient = await app.WithDbAsync(db => db.Patients.AsNoTracking().SingleAsync(p => p.Id == patientId));
        Assert.Equal(PatientStatus.Active, patient.Status);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == patient.UserId));
        Assert.Equal(patient.Email, user.Email);
    }

    [Fact]
    public async Task Expired_invitation_answers_410_with_a_message()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var (_, token) = await app.InvitePatientAsync(clinic, therapist);
        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var client = app.NewClient();

        var (response, page) = await client.GetPageAsync(Link(token));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("expired", page.QuerySelector(".flash-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Used_invitation_answers_410_on_a_second_acceptance()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var (_, token) = await app.InvitePatientAsync(clinic, therapist);
        using var first = app.NewClient();
        (await Accept(first, token)).AssertRedirect("/Patient");
        using var second = app.NewClient();

        var (response, page) = await second.GetPageAsync(Link(token));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("already been used", page.QuerySelector(".flash-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_invitation_token_is_not_found()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var (_, token) = await app.InvitePatientAsync(clinic, therapist);
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];
        using var client = app.NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Link(tampered))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Account/AcceptInvitation")).StatusCode);
    }

    [Fact]
    public async Task OrgAdmin_invites_staff_by_email_and_the_emailed_link_creates_the_account()
    {
        var clinic = await app.CreateClinicAsync();
        var admin = await app.CreateStaffAsync(clinic, [Role.OrgAdmin]);
        using var adminClient = app.NewClient();
        await adminClient.SignInStaffAsync(admin);
        var email = $"new-staff-{Guid.NewGuid():N}@test.tandem.nl";

        var invite = await adminClient.PostFormAsync("/Admin/Staff/Invite",
            ("Input.DisplayName", "Nieuwe Collega"), ("Input.Email", email), ("Input.Roles", nameof(Role.Therapist)),
            ("Input.TeamId", clinic.Team.TeamId.ToString()));
        invite.AssertRedirect("/Admin/Staff");

        var link = SmtpCapture.LinkIn(app.Mail.SingleTo(email), "/Account/AcceptInvitation");
        using var colleague = app.NewClient();
        (await colleague.PostFormAsync(link, Fields(Passphrase))).AssertRedirect("/Account/Manage/TwoFactor");
        (await colleague.GetAsync("/Staff")).AssertRedirect("/Account/AccessDenied");
    }

    [Fact]
    public async Task Therapist_invites_a_patient_and_the_email_holds_the_link_but_no_health_information()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);
        var email = $"new-patient-{Guid.NewGuid():N}@test.tandem.nl";

        var invite = await client.PostFormAsync("/Staff/Patients/Invite",
            ("Input.GivenName", "Mila"), ("Input.FamilyName", "Vermeulen"), ("Input.Email", email));
        Assert.StartsWith("/Staff/Patients/Detail/", invite.RedirectPath(), StringComparison.Ordinal);

        var message = app.Mail.SingleTo(email);
        var body = message.TextBody;
        foreach (var word in new[] { "pain", "fatigue", "therapy", "therapist", "pijn", "vermoeidheid", "therapie", "diagnos" })
        {
            Assert.DoesNotContain(word, body + message.Subject, StringComparison.OrdinalIgnoreCase);
        }

        var link = SmtpCapture.LinkIn(message, "/Account/AcceptInvitation");
        using var patient = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync(link)).StatusCode);
        (await patient.PostFormAsync(link, Fields(Passphrase))).AssertRedirect("/Patient");
    }

    private static string Link(string token) => $"/Account/AcceptInvitation?token={Uri.EscapeDataString(token)}";

    private static Task<HttpResponseMessage> Accept(FormClient client, string token, string password = Passphrase) =>
        client.PostFormAsync(Link(token), Fields(password));

    internal static KeyValuePair<string, string>[] Fields(string password) =>
        [new("Input.Password", password), new("Input.ConfirmPassword", password)];
}
