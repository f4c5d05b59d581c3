using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Guidance;

public sealed class TimeRegistrationTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Heartbeats_count_at_most_half_a_minute_and_the_time_since_the_last_one_and_only_for_a_therapist_treating_the_patient()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using var staff = await StaffAsync(therapist);

        Assert.Equal(30, await BeatAsync(staff, patient.Id, 30));
        Assert.Equal(0, await BeatAsync(staff, patient.Id, 30)); // a second tab, or a replay
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(30, await BeatAsync(staff, patient.Id, 5000));
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(10, await BeatAsync(staff, patient.Id, 30)); // the page was left after ten seconds
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await BeatAsync(staff, patient.Id, -10));

        Assert.Equal(70, await app.WithDbAsync(db => db.TimeEntries.Where(e => e.PatientId == patient.Id).SumAsync(e => e.Seconds)));
        using var supervisor = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Supervisor]));
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostFormAsync("/Staff", [new("seconds", "30")], Beat(patient.Id))).StatusCode);
    }

    [Fact]
    public async Task The_day_total_adds_manual_time_and_counts_for_reimbursement_from_five_minutes_and_bad_entries_are_refused()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using var staff = await StaffAsync(therapist);
        await BeatAsync(staff, patient.Id, 30);
        var today = ClinicCalendar.DateOf(app.Clock.GetUtcNow());

        var row = await RowAsync(staff, patient.GivenName);
        Assert.Equal(["1 min", "0 min", "1 min", "Not yet"], row[1..]);

        (await staff.PostFormAsync("/Staff/Time", Manual(patient.Id, today, "5"))).AssertRedirect("/Staff/Time");
        Assert.Equal(["1 min", "5 min", "6 min", "Yes"], (await RowAsync(staff, patient.GivenName))[1..]);

        var tooMuch = await staff.PostFormAsync("/Staff/Time", Manual(patient.Id, today, "481"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Contains("from 1 to 480", await FormClient.ErrorsAsync(tooMuch), StringComparison.Ordinal);
        var tooLongAgo = await staff.PostFormAsync("/Staff/Time", Manual(patient.Id, today.AddDays(-31), "10"));
        Assert.Contains("up to 30 days back", await FormClient.ErrorsAsync(tooLongAgo), StringComparison.Ordinal);
        var notMine = await staff.PostFormAsync("/Staff/Time", Manual((await app.CreatePatientAsync(clinic, await app.CreateStaffAsync(clinic, [Role.Therapist]))).Id, today, "10"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notMine.StatusCode);
        Assert.Contains("Choose one of your clients", await FormClient.ErrorsAsync(notMine), StringComparison.Ordinal);
    }

    private static (string, string)[] Manual(Guid patientId, DateOnly day, string minutes) =>
        [("Input.PatientId", patientId.ToString()), ("Input.Day", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Input.Kind", "Phone"), ("Input.Minutes", minutes)];

    private static string Beat(Guid patientId) => $"/Staff/Time?handler=Beat&patientId={patientId}";

    private static async Task<int> BeatAsync(FormClient client, Guid patientId, int seconds)
    {
        var response = await client.PostFormAsync("/Staff/Time", [new("seconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))], Beat(patientId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("counted").GetInt32();
    }

    /// <summary>The cells of today's row for the patient: patient, online, added, total, counts.</summary>
    private static async Task<string[]> RowAsync(FormClient client, string givenName)
    {
        var (_, page) = await client.GetPageAsync("/Staff/Time");
        var row = page.QuerySelectorAll("table.time-totals tbody tr").Single(r => r.TextContent.Contains(givenName, StringComparison.Ordinal));
        return [.. row.QuerySelectorAll("th, td").Skip(1).Select(c => c.TextContent.Trim())];
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
