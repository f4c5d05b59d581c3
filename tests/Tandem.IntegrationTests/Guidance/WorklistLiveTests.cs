using System.Net;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Guidance;

public sealed class WorklistLiveTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task New_work_from_a_patient_wakes_the_therapists_worklist_stream_and_the_list_then_shows_it()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using var staff = app.NewClient();
        await staff.SignInStaffAsync(therapist);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));

        using var stream = await staff.Http.GetAsync("/Staff?handler=Stream", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal("retry: 5000", await events.ReadLineAsync(timeout.Token));

        var submissionId = await app.SendModule1Async(patient.Id);

        string? line;
        do
        {
            line = await events.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line != "event: changed");
        Assert.Equal("event: changed", line);
        var (list, page) = await staff.GetPageAsync("/Staff?handler=List");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.NotNull(page.QuerySelector($"a[href='/Staff/Submissions/Detail/{submissionId}']"));
    }

    [Fact]
    public async Task Staff_without_a_worklist_get_no_stream()
    {
        var clinic = await app.CreateClinicAsync();
        using var manager = app.NewClient();
        await manager.SignInStaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/Staff?handler=Stream")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/Staff?handler=List")).StatusCode);
    }
}
