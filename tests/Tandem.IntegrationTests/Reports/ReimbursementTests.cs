using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Reports;

public sealed class ReimbursementTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task A_manager_downloads_the_sites_time_per_patient_and_day_with_the_minimum_applied_and_each_patient_is_audited()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Tess Therapist");
        var elsewhere = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        var long_ = await app.CreatePatientAsync(clinic, therapist);
        var short_ = await app.CreatePatientAsync(clinic, therapist);
        var otherSite = await app.CreatePatientAsync(clinic, elsewhere, team: clinic.OtherTeam);
        var now = app.Clock.GetUtcNow();
        var day = ClinicCalendar.DateOf(now).AddDays(-1);
        await app.WithDbAsync(async db =>
        {
            db.TimeEntries.AddRange(
                TimeEntry.Automatic(clinic.OrganisationId, therapist.Id, long_.Id, 30, now.AddDays(-1)),
                TimeEntry.Manual(clinic.OrganisationId, therapist.Id, long_.Id, day, TimeKind.Phone, 6, now),
                TimeEntry.Manual(clinic.OrganisationId, therapist.Id, short_.Id, day, TimeKind.Consultation, 3, now),
                TimeEntry.Manual(clinic.OrganisationId, elsewhere.Id, otherSite.Id, day, TimeKind.Phone, 20, now));
            await db.SaveChangesAsync();
        });
        var managerUser = await app.CreateStaffAsync(clinic, [Role.Manager]);
        using var manager = await StaffAsync(managerUser);
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await manager.GetAsync($"/Staff/Reports/Reimbursement?handler=Csv&From={iso}&To={iso}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("day,patient_id,record_number,therapist_id,therapist_name,online_minutes,phone_minutes,consultation_minutes,other_minutes,total_minutes,minimum_minutes,counts", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"{iso},{long_.Id},,{therapist.Id},Tess Therapist,0.5,6.0,0.0,0.0,6.5,5,yes", lines);
        Assert.Contains($"{iso},{short_.Id},,{therapist.Id},Tess Therapist,0.0,0.0,3.0,0.0,3.0,5,no", lines);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.UserId == managerUser.Id && e.Action == AuditAction.Export).Select(e => e.PatientId).ToListAsync());
        Assert.Equal(new[] { long_.Id, short_.Id }.Order(), audited.Select(p => p!.Value).Order());
    }

    [Fact]
    public async Task A_period_in_the_future_reversed_or_over_a_year_is_refused_and_only_managers_export()
    {
        var clinic = await app.CreateClinicAsync();
        using var manager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
        var today = ClinicCalendar.DateOf(app.Clock.GetUtcNow());
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        foreach (var (from, to) in new[] { (today, today.AddDays(1)), (today, today.AddDays(-3)), (today.AddDays(-400), today), (today, today) })
        {
            var response = await manager.GetAsync($"/Staff/Reports/Reimbursement?handler=Csv&From={Iso(from)}&To={Iso(to)}");
            if (from == to)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                continue;
            }

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("at most 366 days", await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await manager.GetAsync("/Staff/Reports/Reimbursement?handler=Csv&From=yesterday")).StatusCode);
        using var therapist = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));
        (await therapist.GetAsync($"/Staff/Reports/Reimbursement?handler=Csv&From={Iso(today)}&To={Iso(today)}")).AssertRedirect("/Account/AccessDenied");
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
