using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class AuditTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Therapist_opening_a_patient_record_writes_Read_entries_for_the_record_and_its_access_log()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Staff/Patients/Detail/{patient.Id}")).StatusCode);

        var entries = await EntriesOfAsync(therapist.Id);
        Assert.Equal(["AccessLog", "Patient"], entries.Select(e => e.ObjectType).Order());
        Assert.All(entries, entry =>
        {
            Assert.Equal(AuditAction.Read, entry.Action);
            Assert.Equal(Role.Therapist, entry.Role);
            Assert.Equal(patient.Id, entry.PatientId);
            Assert.Equal(clinic.OrganisationId, entry.OrganisationId);
            Assert.False(string.IsNullOrWhiteSpace(entry.AccessPoint));
        });
    }

    [Fact]
    public async Task Patient_opening_their_home_page_writes_a_Read_entry()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using var client = app.NewClient();
        await client.SignInPatientAsync(patient.User);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Patient")).StatusCode);

        var entry = Assert.Single(await EntriesOfAsync(patient.User.Id));
        Assert.Equal((AuditAction.Read, Role.Patient, patient.Id), (entry.Action, entry.Role, entry.PatientId));
    }

    [Fact]
    public async Task Therapist_inviting_a_patient_writes_a_Create_entry()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        var invite = await client.PostFormAsync("/Staff/Patients/Invite",
            ("Input.GivenName", "Ruben"), ("Input.FamilyName", "Kok"), ("Input.Email", $"ruben-{Guid.NewGuid():N}@test.tandem.nl"));
        var patientId = Guid.Parse(invite.RedirectPath()!.Split('/')[^1]);

        var entry = Assert.Single(await EntriesOfAsync(therapist.Id));
        Assert.Equal((AuditAction.Create, Role.Therapist, patientId), (entry.Action, entry.Role, entry.PatientId));
    }

    [Fact]
    public async Task Patient_list_writes_one_Search_entry()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        await app.CreatePatientAsync(clinic, therapist, withAccount: false);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff/Patients")).StatusCode);

        var entry = Assert.Single(await EntriesOfAsync(therapist.Id));
        Assert.Equal((AuditAction.Search, Role.Therapist, null), (entry.Action, entry.Role, entry.PatientId));
    }

    [Fact]
    public async Task Database_refuses_to_update_or_delete_audit_entries()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);
        await client.GetAsync("/Staff/Patients");
        var id = Assert.Single(await EntriesOfAsync(therapist.Id)).Id;

        await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ObjectType\" = 'Changed' WHERE \"Id\" = {0}", id)));
        await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", id)));

        var entry = Assert.Single(await EntriesOfAsync(therapist.Id));
        Assert.Equal("PatientList", entry.ObjectType);
    }

    [Fact]
    public async Task The_log_manager_sees_what_an_employee_did_and_that_reading_it_is_logged_too()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var admin = await app.CreateStaffAsync(clinic, [Role.OrgAdmin]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using (var therapistClient = app.NewClient())
        {
            await therapistClient.SignInStaffAsync(therapist);
            await therapistClient.GetAsync($"/Staff/Patients/Detail/{patient.Id}");
        }

        using var client = app.NewClient();
        await client.SignInStaffAsync(admin);
        var response = await client.GetAsync($"/Admin/Audit?Employee={therapist.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(patient.Id.ToString(), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var search = Assert.Single(await EntriesOfAsync(admin.Id));
        Assert.Equal((AuditAction.Search, "AuditLog", (Guid?)null), (search.Action, search.ObjectType, search.PatientId));
    }

    [Fact]
    public async Task The_log_manager_cannot_look_up_an_employee_of_another_organisation()
    {
        var clinic = await app.CreateClinicAsync();
        var elsewhere = await app.CreateClinicAsync();
        var stranger = await app.CreateStaffAsync(elsewhere, [Role.Therapist]);
        var admin = await app.CreateStaffAsync(clinic, [Role.OrgAdmin]);
        using var client = app.NewClient();
        await client.SignInStaffAsync(admin);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/Audit?Employee={stranger.Id}")).StatusCode);
    }

    private Task<List<AuditEntry>> EntriesOfAsync(Guid userId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId).ToListAsync());
}
