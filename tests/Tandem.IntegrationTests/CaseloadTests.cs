using System.Net;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class CaseloadTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Therapist_gets_404_for_a_patient_outside_the_caseload()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var colleague = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var own = await app.CreatePatientAsync(clinic, therapist, withAccount: false);
        var colleagues = await app.CreatePatientAsync(clinic, colleague, withAccount: false);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, own.Id));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, colleagues.Id));
        var list = await (await client.GetAsync("/Staff/Patients")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(own.GivenName, list, StringComparison.Ordinal);
        Assert.DoesNotContain(colleagues.GivenName, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Therapist_gets_404_for_a_patient_of_another_organisation()
    {
        var clinic = await app.CreateClinicAsync();
        var elsewhere = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var stranger = await app.CreateStaffAsync(elsewhere, [Role.Therapist]);
        var foreign = await app.CreatePatientAsync(elsewhere, stranger, withAccount: false);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, foreign.Id));
    }

    [Fact]
    public async Task Supervisor_sees_the_patients_of_their_own_team_only()
    {
        var clinic = await app.CreateClinicAsync();
        var supervisor = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        var inTeam = await app.CreatePatientAsync(clinic, await app.CreateStaffAsync(clinic, [Role.Therapist]), withAccount: false);
        var otherTeamTherapist = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        var otherTeam = await app.CreatePatientAsync(clinic, otherTeamTherapist, team: clinic.OtherTeam, withAccount: false);
        using var client = app.NewClient();
        await client.SignInStaffAsync(supervisor);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, inTeam.Id));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, otherTeam.Id));
    }

    [Fact]
    public async Task Manager_sees_the_patients_of_their_own_site_only()
    {
        var clinic = await app.CreateClinicAsync();
        var manager = await app.CreateStaffAsync(clinic, [Role.Manager]);
        var atSite = await app.CreatePatientAsync(clinic, await app.CreateStaffAsync(clinic, [Role.Therapist]), withAccount: false);
        var otherSiteTherapist = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        var otherSite = await app.CreatePatientAsync(clinic, otherSiteTherapist, team: clinic.OtherTeam, withAccount: false);
        using var client = app.NewClient();
        await client.SignInStaffAsync(manager);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, atSite.Id));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, otherSite.Id));
        var list = await (await client.GetAsync("/Staff/Patients")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(atSite.GivenName, list, StringComparison.Ordinal);
        Assert.DoesNotContain(otherSite.GivenName, list, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> StatusAsync(FormClient client, Guid patientId) =>
        (await client.GetAsync($"/Staff/Patients/Detail/{patientId}")).StatusCode;
}
