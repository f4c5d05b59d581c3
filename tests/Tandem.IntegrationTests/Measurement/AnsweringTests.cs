using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Measurement;

/// <summary>The patient answers a PHQ-9 screen by screen, sends it, corrects it; staff read the results.</summary>
public sealed class AnsweringTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string List = "/Patient/Questionnaires";

    // PHQ-9 items 1-9 sum to 12 (moderate, 10-14); item 10 is answered but not scored.
    private static readonly int[] Answers = [3, 2, 1, 0, 3, 2, 1, 0, 0, 1];

    // PHQ-9 totals 16 then 5: a fall of 11 points, beyond the reliable-change threshold of about 3.2 (shipped norm data).
    private static readonly int[] Baseline = [2, 2, 2, 2, 2, 2, 2, 2, 0, 2];
    private static readonly int[] Later = [1, 1, 1, 0, 1, 0, 1, 0, 0, 0];

    private DateOnly Today => ClinicCalendar.DateOf(app.Clock.GetUtcNow());

    private async Task<(Clinic Clinic, TestUser Therapist, TestPatient Patient, FormClient Client, Guid RequestId)> PatientWithRequestAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var request = new MeasurementRequest(patient.Id, "phq-9", "baseline", Today, Today.AddDays(7), app.Clock.GetUtcNow());
        await app.WithDbAsync(db =>
        {
            db.MeasurementRequests.Add(request);
            return db.SaveChangesAsync();
        });
        var client = app.NewClient();
        await client.SignInPatientAsync(patient.User);
        return (clinic, therapist, patient, client, request.Id);
    }

    private static async Task<Guid> StartAsync(FormClient client, Guid requestId)
    {
        var started = await client.PostFormAsync(List, [], $"{List}?handler=Start&requestId={requestId}");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var path = started.RedirectPath()!;
        Assert.StartsWith("/Patient/Questionnaires/Answer/", path, StringComparison.Ordinal);
        return Guid.Parse(path["/Patient/Questionnaires/Answer/".Length..]);
    }

    private static Task<HttpResponseMessage> NextAsync(FormClient client, Guid responseId, int screen, int? value, bool review = false)
    {
        var fields = new List<(string, string)> { ("move", "next") };
        if (value is { } v)
        {
            fields.Add(($"q-{screen + 1}", v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (review)
        {
            fields.Add(("Review", "true"));
        }

        return client.PostFormAsync($"{List}/Answer/{responseId}/{screen}", [.. fields]);
    }

    private static async Task AnswerAllAsync(FormClient client, Guid responseId, int[] answers)
    {
        for (var screen = 0; screen < answers.Length; screen++)
        {
            (await NextAsync(client, responseId, screen, answers[screen])).AssertRedirect($"{List}/Answer/{responseId}/{screen + 1}");
        }
    }

    private static async Task<HttpResponseMessage> SubmitAsync(FormClient client, Guid responseId)
    {
        var (_, review) = await client.GetPageAsync($"{List}/Answer/{responseId}/10");
        var action = review.QuerySelector("form.submit-form")?.GetAttribute("action") ?? $"{List}/Answer/{responseId}?handler=Submit";
        return await client.PostFormAsync(List, [], action.Replace("&amp;", "&", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Patient_answers_screen_by_screen_and_resumes_where_they_left_off_after_signing_in_again()
    {
        var (_, _, patient, client, requestId) = await PatientWithRequestAsync();
        var responseId = await StartAsync(client, requestId);

        var (first, page) = await client.GetPageAsync($"{List}/Answer/{responseId}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(page.QuerySelector("fieldset legend"));
        Assert.Contains("Over the last two weeks", page.QuerySelector(".answer-form .lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll("input[type=radio][name=q-1]").Length);
        for (var screen = 0; screen < 3; screen++)
        {
            (await NextAsync(client, responseId, screen, Answers[screen])).AssertRedirect($"{List}/Answer/{responseId}/{screen + 1}");
        }

        await client.SignOutAsync();
        client.Dispose();
        using var again = app.NewClient();
        await again.SignInPatientAsync(patient.User);
        var (listResponse, list) = await again.GetPageAsync(List);
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        var resume = list.QuerySelector($"a[href='{List}/Answer/{responseId}']");
        Assert.NotNull(resume);

        var (_, resumed) = await again.GetPageAsync($"{List}/Answer/{responseId}");
        Assert.NotNull(resumed.QuerySelector("input[type=radio][name=q-4]"));
        Assert.Contains("4 of 10", resumed.QuerySelector("#step")!.TextContent, StringComparison.Ordinal);
        var (_, back) = await again.GetPageAsync($"{List}/Answer/{responseId}/1");
        Assert.Equal("2", back.QuerySelector("input[name=q-2][checked]")!.GetAttribute("value"));

        var saved = await app.WithDbAsync(db => db.InstrumentResponses.SingleAsync(r => r.Id == responseId));
        Assert.Equal((3, 3), (saved.Answers.Count, saved.Screen));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == patient.Id && e.ObjectType == nameof(InstrumentResponse)).ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.Create && e.ObjectId == responseId.ToString());
        Assert.Contains(audit, e => e.Action == AuditAction.Update && e.ObjectId == responseId.ToString());
        Assert.Contains(audit, e => e.Action == AuditAction.Read && e.ObjectId == responseId.ToString());
    }

    [Fact]
    public async Task A_required_question_left_open_gives_422_with_the_message_and_keeps_the_answers()
    {
        var (_, _, _, client, requestId) = await PatientWithRequestAsync();
        using var _ = client;
        var responseId = await StartAsync(client, requestId);
        (await NextAsync(client, responseId, 0, 2)).AssertRedirect($"{List}/Answer/{responseId}/1");

        var open = await NextAsync(client, responseId, 1, null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, open.StatusCode);
        var page = await FormClient.ParseAsync(open);
        Assert.Contains("Please answer: Feeling down, depressed, or hopeless", page.QuerySelector(".error-summary a[href='#q-2-0']")!.TextContent, StringComparison.Ordinal);

        var wrong = await NextAsync(client, responseId, 1, 7);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);

        // Skipping ahead by address and sending: the open question is named, the answers given so far are kept.
        (await client.PostFormAsync($"{List}/Answer/{responseId}/1", ("move", "back"))).AssertRedirect($"{List}/Answer/{responseId}/0");
        for (var screen = 2; screen < Answers.Length; screen++)
        {
            (await NextAsync(client, responseId, screen, Answers[screen])).AssertRedirect($"{List}/Answer/{responseId}/{screen + 1}");
        }

        var submit = await SubmitAsync(client, responseId);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        var review = await FormClient.ParseAsync(submit);
        Assert.Contains("Please answer: Feeling down", review.QuerySelector(".error-summary a[href='#change-2']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("More than half the days", review.QuerySelectorAll(".answer-review dd")[0].TextContent, StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.InstrumentResponses.SingleAsync(r => r.Id == responseId));
        Assert.False(saved.IsSubmitted);
        Assert.Equal(2, saved.Answers["1"]);
    }

    [Fact]
    public async Task Sending_stores_the_scores_with_their_band_and_completes_the_request()
    {
        var (_, _, patient, client, requestId) = await PatientWithRequestAsync();
        using var _ = client;
        var responseId = await StartAsync(client, requestId);
        await AnswerAllAsync(client, responseId, Answers);

        (await SubmitAsync(client, responseId)).AssertRedirect($"{List}/Done/{responseId}");

        var (score, request) = await app.WithDbAsync(async db => (
            await db.InstrumentScores.SingleAsync(s => s.ResponseId == responseId),
            await db.MeasurementRequests.SingleAsync(r => r.Id == requestId)));
        Assert.Equal((12d, Severity.Moderate, true), (score.Value, score.Severity, score.InClinicalRange));
        Assert.Equal(RequestStatus.Completed, request.StatusOn(Today));
        Assert.Equal(responseId, request.ResponseId);
        var (_, done) = await client.GetPageAsync($"{List}/Done/{responseId}");
        Assert.Contains("12 of 27 · Moderate", done.QuerySelector("dl.summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.QuerySelector(".support"));
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == patient.Id).ToListAsync()),
            e => e.Action == AuditAction.Create && e.ObjectType == nameof(InstrumentResponse) && e.ObjectId == responseId.ToString() && e.Role == Role.Patient);
    }

    [Fact]
    public async Task A_risk_answer_shows_the_supportive_text_with_the_crisis_numbers()
    {
        var (_, _, _, client, requestId) = await PatientWithRequestAsync();
        using var _ = client;
        var responseId = await StartAsync(client, requestId);
        await AnswerAllAsync(client, responseId, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
        (await SubmitAsync(client, responseId)).AssertRedirect($"{List}/Done/{responseId}");

        var (_, done) = await client.GetPageAsync($"{List}/Done/{responseId}");
        var support = done.QuerySelector(".support")!.TextContent;
        Assert.Contains("112", support, StringComparison.Ordinal);
        Assert.Contains("0800-0113", support, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sent_questionnaire_refuses_every_change()
    {
        var (_, _, _, client, requestId) = await PatientWithRequestAsync();
        using var _ = client;
        var responseId = await StartAsync(client, requestId);
        await AnswerAllAsync(client, responseId, Answers);
        (await SubmitAsync(client, responseId)).AssertRedirect($"{List}/Done/{responseId}");

        var change = await client.PostFormAsync(List, [new("q-1", "0"), new("move", "next")], $"{List}/Answer/{responseId}/0");
        change.AssertRedirect($"{List}/Done/{responseId}");
        var again = await SubmitAsync(client, responseId);
        again.AssertRedirect($"{List}/Done/{responseId}");
        var (_, done) = await client.GetPageAsync($"{List}/Done/{responseId}");
        Assert.Contains("has been sent and can no longer be changed", done.QuerySelector(".flash-error")!.TextContent, StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.InstrumentResponses.SingleAsync(r => r.Id == responseId));
        Assert.Equal(3, saved.Answers["1"]);
        Assert.Single(await app.WithDbAsync(db => db.InstrumentScores.Where(s => s.ResponseId == responseId).ToListAsync()));
    }

    [Fact]
    public async Task A_correction_is_a_new_response_and_the_list_and_chart_show_the_corrected_values()
    {
        var (_, _, patient, client, requestId) = await PatientWithRequestAsync();
        using var _ = client;
        var responseId = await StartAsync(client, requestId);
        await AnswerAllAsync(client, responseId, Answers);
        (await SubmitAsync(client, responseId)).AssertRedirect($"{List}/Done/{responseId}");

        var corrected = await client.PostFormAsync(List, [], $"{List}?handler=Correct&responseId={responseId}");
        var correctionId = Guid.Parse(corrected.RedirectPath()!.Split('/')[^1]);
        Assert.NotEqual(responseId, correctionId);
        var (_, prefilled) = await client.GetPageAsync($"{List}/Answer/{correctionId}");
        Assert.Equal("3", prefilled.QuerySelector("input[name=q-1][checked]")!.GetAttribute("value"));
        (await NextAsync(client, correctionId, 0, 0, review: true)).AssertRedirect($"{List}/Answer/{correctionId}/10");
        (await SubmitAsync(client, correctionId)).AssertRedirect($"{List}/Done/{correctionId}");

        var (original, correction) = await app.WithDbAsync(async db => (
            await db.InstrumentResponses.SingleAsync(r => r.Id == responseId),
            await db.InstrumentResponses.SingleAsync(r => r.Id == correctionId)));
        Assert.Equal(3, original.Answers["1"]);
        Assert.Equal((responseId, 0), (correction.CorrectsId!.Value, correction.Answers["1"]));

        var (_, results) = await client.GetPageAsync($"{List}/Results");
        var rows = results.QuerySelectorAll("#caption-phq-9-total ~ tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal("9", row.QuerySelectorAll("td")[0].TextContent);
        Assert.Single(results.QuerySelectorAll("svg circle"));
        var (_, list) = await client.GetPageAsync(List);
        Assert.Single(list.QuerySelectorAll("[aria-labelledby=history-heading] li"));
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == patient.Id && e.ObjectType == nameof(InstrumentScore)).ToListAsync()),
            e => e.Action == AuditAction.Read);
    }

    [Fact]
    public async Task Another_patients_response_is_not_found()
    {
        var (clinic, therapist, _, client, requestId) = await PatientWithRequestAsync();
        var responseId = await StartAsync(client, requestId);
        client.Dispose();
        var other = await app.CreatePatientAsync(clinic, therapist);
        using var stranger = app.NewClient();
        await stranger.SignInPatientAsync(other.User);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{List}/Answer/{responseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{List}/Done/{responseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync(List, [new("q-1", "0"), new("move", "next")], $"{List}/Answer/{responseId}/0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync(List, [], $"{List}?handler=Start&requestId={requestId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync(List, [], $"{List}?handler=Correct&responseId={responseId}")).StatusCode);
    }

    [Fact]
    public async Task Staff_page_shows_a_reliable_improvement_with_the_service_definitions()
    {
        var (_, therapist, patient, client, _) = await PatientWithRequestAsync();
        client.Dispose();
        var instrument = app.Services.GetRequiredService<InstrumentCatalog>().Find("phq-9")!;
        await app.WithDbAsync(db =>
        {
            foreach (var (daysAgo, values) in new[] { (30, Baseline), (2, Later) })
            {
                var at = app.Clock.GetUtcNow().AddDays(-daysAgo);
                var response = new InstrumentResponse(patient.Id, instrument, "en", at);
                response.Save(instrument, instrument.Items.Select((item, i) => (item.Id, values[i])).ToDictionary(), 0, at);
                db.InstrumentResponses.Add(response);
                db.InstrumentScores.AddRange(response.Submit(instrument, at));
            }

            return db.SaveChangesAsync();
        });

        using var staff = app.NewClient();
        await staff.SignInStaffAsync(therapist);
        var (response, page) = await staff.GetPageAsync($"/Staff/Measurements/{patient.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Reliable improvement", page.QuerySelector(".change-category")!.TextContent.Trim());
        Assert.Contains("1.96", page.QuerySelector(".definitions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kocalevent", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#caption-phq-9-total ~ tbody tr").Length);
        Assert.Contains("Open", page.QuerySelector("#requests-caption ~ tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == patient.Id && e.UserId == therapist.Id).ToListAsync()),
            e => e.Action == AuditAction.Read && e.ObjectType == nameof(InstrumentScore));

        var elsewhere = await app.CreateClinicAsync();
        using var foreign = app.NewClient();
        await foreign.SignInStaffAsync(await app.CreateStaffAsync(elsewhere, [Role.Therapist]));
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/Staff/Measurements/{patient.Id}")).StatusCode);
    }
}
