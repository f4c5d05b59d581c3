using System.Net;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class AccessLogTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Patient_sees_the_therapists_access_by_name_filtered_by_period()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist], name: $"Dr Lindqvist {Guid.NewGuid().ToString("N")[..4]}");
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using (var staff = app.NewClient())
        {
            await staff.SignInStaffAsync(therapist);
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/Staff/Patients/Detail/{patient.Id}")).StatusCode);
        }

        var readOn = DateOnly.FromDateTime(ClinicTime.ToLocal(app.Clock.GetUtcNow()).DateTime);
        app.Clock.Advance(TimeSpan.FromDays(2));
        using var client = app.NewClient();
        await client.SignInPatientAsync(patient.User);

        Assert.Contains(therapist.DisplayName, await PageTextAsync(client, "/Patient/AccessLog"), StringComparison.Ordinal);
        Assert.Contains(therapist.DisplayName, await PageTextAsync(client, $"/Patient/AccessLog?From={readOn:yyyy-MM-dd}&To={readOn:yyyy-MM-dd}"), StringComparison.Ordinal);
        Assert.DoesNotContain(therapist.DisplayName, await PageTextAsync(client, $"/Patient/AccessLog?From={readOn.AddDays(1):yyyy-MM-dd}"), StringComparison.Ordinal);
        Assert.DoesNotContain(therapist.DisplayName, await PageTextAsync(client, $"/Patient/AccessLog?To={readOn.AddDays(-1):yyyy-MM-dd}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patient_does_not_see_accesses_to_another_patients_record()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist], name: $"Dr Okafor {Guid.NewGuid().ToString("N")[..4]}");
        var other = await app.CreatePatientAsync(clinic, therapist);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using (var staff = app.NewClient())
        {
            await staff.SignInStaffAsync(therapist);
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/Staff/Patients/Detail/{other.Id}")).StatusCode);
        }

        using var client = app.NewClient();
        await client.SignInPatientAsync(patient.User);

        Assert.DoesNotContain(therapist.DisplayName, await PageTextAsync(client, "/Patient/AccessLog"), StringComparison.Ordinal);
        Assert.DoesNotContain(therapist.DisplayName, await PageTextAsync(client, $"/Patient/AccessLog?patientId={other.Id}&id={other.Id}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?From=31-02-2026", "This value is not valid.")]
    [InlineData("?From=2026-11-10&To=2026-11-01", "The start date must be on or before the end date.")]
    public async Task A_period_that_is_not_a_date_or_runs_backwards_is_refused_with_a_message(string query, string message)
    {
        var clinic = await app.CreateClinicAsync();
        var patient = await app.CreatePatientAsync(clinic, await app.CreateStaffAsync(clinic, [Role.Therapist]));
        using var client = app.NewClient();
        await client.SignInPatientAsync(patient.User);

        var response = await client.GetAsync("/Patient/AccessLog" + query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
    }

    private static async Task<string> PageTextAsync(FormClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent;
    }
}
