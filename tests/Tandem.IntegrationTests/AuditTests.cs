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
    public async Task Therapist_opening_a_patient_record_writes_a_Read_entry()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Staff/Patients/Detail/{patient.Id}")).StatusCode);

        var entry = Assert.Single(await EntriesOfAsync(therapist.Id));
        Assert.Equal(AuditAction.Read, entry.Action);
        Assert.Equal(Role.Therapist, entry.Role);
        Assert.Equal(patient.Id, entry.PatientId);
        Assert.Equal(clinic.OrganisationId, entry.OrganisationId);
        Assert.Equal("Patient", entry.ObjectType);
        Assert.False(string.IsNullOrWhiteSpace(entry.AccessPoint));
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

    private Task<List<AuditEntry>> EntriesOfAsync(Guid userId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId).ToListAsync());
}
