using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>A therapist invites a patient; the patient joins from the e-mail on their phone.</summary>
public sealed partial class PatientInvitationTests(TandemApp app)
{
    private const string PatientPassword = "my grandmother's garden has thirty two tulips";

    [Theory]
    [InlineData("nl-NL", "Hallo Lotte")]
    [InlineData("en-GB", "Hello Lotte")]
    public async Task A_patient_invited_by_their_therapist_creates_an_account_from_the_email_and_lands_on_their_home_page(
        string locale, string greeting)
    {
        var language = locale[..2];
        var (_, patient) = await TherapistInvitesPatientAsync("Lotte", locale, checkStaffPages: language == "nl", checkPatientPages: true);
        await using var context = patient.Context;

        await Expect(patient.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(greeting);
        await Expect(patient.Locator("html")).ToHaveAttributeAsync("lang", language);
        await patient.AccessibleAsync($"patient-02-home-{language}");
    }

    [Fact]
    public async Task A_patient_sees_in_their_access_log_that_their_therapist_created_their_record()
    {
        var (therapist, patient) = await TherapistInvitesPatientAsync("Daan", "nl-NL", checkStaffPages: false, checkPatientPages: false);
        await using var context = patient.Context;

        await patient.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Wie bekeek mijn dossier" }).ClickAsync();

        await patient.WaitForURLAsync("**/Patient/AccessLog");
        var creation = patient.Locator("tbody tr").Filter(new() { HasText = "Aangemaakt" });
        await Expect(creation).ToHaveCountAsync(1);
        await Expect(creation.Locator("td").Nth(1)).ToHaveTextAsync(therapist.DisplayName);
        await Expect(creation.Locator("td").Nth(2)).ToHaveTextAsync("Behandelaar");
        await patient.AccessibleAsync("patient-03-access-log-nl");
    }

    [Fact]
    public async Task A_patient_switches_the_patient_pages_from_Dutch_to_English_with_the_language_button()
    {
        var (therapist, patient) = await TherapistInvitesPatientAsync("Eva", "nl-NL", checkStaffPages: false, checkPatientPages: false);
        await using var context = patient.Context;

        await patient.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(patient.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(patient.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello Eva");
        await patient.AccessibleAsync("patient-04-home-en");

        await patient.GotoAsync("/Patient/AccessLog");
        await Expect(patient.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Who viewed my record");
        var creation = patient.Locator("tbody tr").Filter(new() { HasText = "Created" });
        await Expect(creation.Locator("td").Nth(1)).ToHaveTextAsync(therapist.DisplayName);
        await patient.AccessibleAsync("patient-05-access-log-en");

        await patient.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(patient.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wie bekeek mijn dossier");
    }

    /// <summary>
    /// A therapist with an authenticator signs in and invites a patient (desktop, English); the patient opens
    /// the e-mailed link in a fresh phone-sized browser in <paramref name="locale"/>, chooses a password and
    /// is signed in.
    /// </summary>
    private async Task<(StaffMember Therapist, IPage Patient)> TherapistInvitesPatientAsync(
        string givenName, string locale, bool checkStaffPages, bool checkPatientPages)
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var email = $"{givenName.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var staffContext = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var staff = await staffContext.NewPageAsync();

        await staff.GotoAsync("/Account/SignIn");
        await staff.Locator("#Input_Email").FillAsync(therapist.Email);
        await staff.Locator("#Input_Password").FillAsync(therapist.Password);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await staff.WaitForURLAsync("**/Account/TwoFactor**");
        await CheckAsync(staff, checkStaffPages, "staff-05-two-factor");
        await staff.Locator("#Input_Code").FillAsync(therapist.CurrentCode());
        await staff.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await staff.ReachedAsync("/Staff");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Invite a patient" }).ClickAsync();
        await staff.WaitForURLAsync("**/Staff/Patients/Invite");
        await CheckAsync(staff, checkStaffPages, "staff-06-invite-patient");
        await staff.Locator("#Input_GivenName").FillAsync(givenName);
        await staff.Locator("#Input_FamilyName").FillAsync("Testpersoon");
        await staff.Locator("#Input_Email").FillAsync(email);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await staff.WaitForURLAsync("**/Staff/Patients/Detail**");
        await CheckAsync(staff, checkStaffPages, "staff-07-patient-detail");

        var message = await app.Mail.MessageToAsync(email);
        var link = InvitationLink().Match(message.TextBody ?? "");
        Assert.True(link.Success, $"No invitation link in:{Environment.NewLine}{message.TextBody}");
        Assert.StartsWith(new Uri(app.BaseUrl, "/Account/AcceptInvitation").ToString(), link.Value, StringComparison.Ordinal);

        var patientContext = await app.NewContextAsync(Viewports.Phone, locale);
        var patient = await patientContext.NewPageAsync();
        await patient.GotoAsync(link.Value);
        await CheckAsync(patient, checkPatientPages, $"patient-01-accept-invitation-{locale[..2]}");
        await patient.Locator("#Input_Password").FillAsync(PatientPassword);
        await patient.Locator("#Input_ConfirmPassword").FillAsync(PatientPassword);
        await patient.GetByRole(AriaRole.Button, new() { Name = locale.StartsWith("nl", StringComparison.Ordinal) ? "Account aanmaken" : "Create account" }).ClickAsync();
        await patient.ReachedAsync("/Patient");
        return (therapist, patient);

        static Task CheckAsync(IPage page, bool check, string name) => check ? page.AccessibleAsync(name) : Task.CompletedTask;
    }

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?token=\S+")]
    private static partial Regex InvitationLink();
}
