using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Integration;
using Tandem.Domain.Measurement;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Fhir;

namespace Tandem.IntegrationTests.Fhir;

public static class FhirSetup
{
    public static string SyntheticCis => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fhir", "synthetic-cis.nl.json"));

    /// <summary>An API client of the clinic, as an administrator would create it; returns the client and its bearer token.</summary>
    public static async Task<(Guid Id, string Token)> CreateApiClientAsync(this TandemApp app, Clinic clinic, params string[] scopes)
    {
        var admin = await app.CreateStaffAsync(clinic, [Domain.Accounts.Role.OrgAdmin]);
        return await app.WithDbAsync(async db =>
        {
            var (client, token) = ApiClient.Create(clinic.OrganisationId, "EHR", scopes.Length > 0 ? scopes : ApiScope.All, admin.Id, app.Clock.GetUtcNow());
            db.ApiClients.Add(client);
            await db.SaveChangesAsync();
            return (client.Id, token);
        });
    }

    /// <summary>A submitted, scored response of the patient, as ResponseSubmission would store it; returns the response id.</summary>
    public static Task<Guid> ScoredResponseAsync(this TandemApp app, Guid patientId, string instrumentId, int answer) => app.WithDbAsync(async db =>
    {
        var instrument = app.Services.GetRequiredService<InstrumentCatalog>().Find(instrumentId)!;
        var now = app.Clock.GetUtcNow();
        var response = new InstrumentResponse(patientId, instrument, "en", now);
        var errors = response.Save(instrument, instrument.Items.ToDictionary(i => i.Id, i => i.Values.Contains(answer) ? answer : i.Values[0]), 0, now);
        Assert.Empty(errors);
        db.InstrumentResponses.Add(response);
        db.InstrumentScores.AddRange(response.Submit(instrument, now));
        await db.SaveChangesAsync();
        return response.Id;
    });

    public static HttpClient FhirClient(this TandemApp app, string? token = null)
    {
        var http = app.CreateDefaultClient(TandemApp.BaseAddress);
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, int status = 200)
        where T : Resource
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var (resource, errors) = FhirJson.Parse<T>(body);
        Assert.True(resource is not null, string.Join("; ", errors) + " in " + body);
        return resource!;
    }

    /// <summary>Asserts a refusal: the status, and an OperationOutcome body with an error issue and no stack trace.</summary>
    public static async Task<OperationOutcome> OutcomeAsync(this HttpResponseMessage response, int status)
    {
        var outcome = await response.ReadAsync<OperationOutcome>(status);
        Assert.Contains(outcome.Issue, i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
        Assert.DoesNotContain(outcome.Issue, i => i.Diagnostics?.Contains(" at Tandem.", StringComparison.Ordinal) == true);
        return outcome;
    }

    public static Task<HttpResponseMessage> PostFhirAsync(this HttpClient http, string url, string body, string mediaType = "application/fhir+json") =>
        http.PostAsync(url, new StringContent(body, Encoding.UTF8, mediaType), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> FetchAsync(this HttpClient http, string url) => http.GetAsync(url, TestContext.Current.CancellationToken);
}
