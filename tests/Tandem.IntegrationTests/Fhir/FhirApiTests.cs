using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Integration;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Fhir;
using FhirPatient = Hl7.Fhir.Model.Patient;
using Task = System.Threading.Tasks.Task;

namespace Tandem.IntegrationTests.Fhir;

public sealed class FhirApiTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string Phq9Total = "http://loinc.org|44261-6";

    [Fact]
    public async Task Metadata_is_a_valid_CapabilityStatement_of_exactly_the_served_resources_without_a_token()
    {
        using var http = app.FhirClient();
        var capability = await (await http.FetchAsync("/fhir/metadata")).ReadAsync<CapabilityStatement>();

        Assert.Equal(FHIRVersion.N4_0_1, capability.FhirVersion);
        Assert.Equal(CapabilityStatementKind.Instance, capability.Kind);
        var resources = capability.Rest.Single().Resource;
        Assert.Equal(["Observation", "Patient", "Questionnaire", "QuestionnaireResponse"], resources.Select(r => r.Type).Order());
        Assert.Contains(resources.Single(r => r.Type == "Questionnaire").Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.Create);
        Assert.DoesNotContain(resources.Single(r => r.Type == "Patient").Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.Create);
        Assert.Contains(resources.Single(r => r.Type == "Observation").SearchParam, p => p.Name == "code" && p.Type == SearchParamType.Token);
        Assert.Empty(capability.Validate());
    }

    [Fact]
    public async Task A_client_reads_and_searches_its_own_organisations_patients_answers_scores_and_questionnaires()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var number = $"R-{Guid.NewGuid():N}"[..20];
        await app.WithDbAsync(async db =>
        {
            (await db.Patients.SingleAsync(p => p.Id == patient.Id)).SetRecordNumber(number);
            await db.SaveChangesAsync();
        });
        var responseId = await app.ScoredResponseAsync(patient.Id, "phq-9", 2);
        var (_, token) = await app.CreateApiClientAsync(clinic);
        using var http = app.FhirClient(token);

        var found = await (await http.FetchAsync($"/fhir/Patient?identifier={FhirUrls.RecordNumber}|{number}")).ReadAsync<Bundle>();
        Assert.Equal(1, found.Total);
        var fhirPatient = Assert.IsType<FhirPatient>(found.Entry.Single().Resource);
        Assert.Equal(patient.Id.ToString(), fhirPatient.Id);
        Assert.Contains(fhirPatient.Identifier, i => i.System == FhirUrls.RecordNumber && i.Value == number);
        Assert.Null(fhirPatient.BirthDate);
        Assert.Empty(fhirPatient.Telecom);
        Assert.Equal("Testpatient", (await (await http.FetchAsync($"/fhir/Patient/{patient.Id}")).ReadAsync<FhirPatient>()).Name.Single().Family);

        var responses = await (await http.FetchAsync($"/fhir/QuestionnaireResponse?patient=Patient/{patient.Id}&questionnaire={FhirUrls.Questionnaire("phq-9")}&authored=ge2000-01-01")).ReadAsync<Bundle>();
        var answered = Assert.IsType<QuestionnaireResponse>(responses.Entry.Single().Resource);
        Assert.Equal(responseId.ToString(), answered.Id);
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, answered.Status);
        Assert.Equal("LA6570-1", Assert.IsType<Coding>(answered.Item.Single(i => i.LinkId == "1").Answer.Single().Value).Code);
        Assert.Equal(answered.Id, (await (await http.FetchAsync($"/fhir/QuestionnaireResponse/{responseId}")).ReadAsync<QuestionnaireResponse>()).Id);

        var observations = await (await http.FetchAsync($"/fhir/Observation?patient={patient.Id}&code={Phq9Total}")).ReadAsync<Bundle>();
        var total = Assert.IsType<Observation>(observations.Entry.Single().Resource);
        Assert.Equal(18, Assert.IsType<Integer>(total.Value).Value);
        Assert.Equal($"QuestionnaireResponse/{responseId}", total.DerivedFrom.Single().Reference);
        Assert.Equal("Moderately severe", total.Interpretation.Single().Text);
        Assert.Equal(total.Id, (await (await http.FetchAsync($"/fhir/Observation/{total.Id}")).ReadAsync<Observation>()).Id);

        var questionnaires = await (await http.FetchAsync("/fhir/Questionnaire?name=PHQ")).ReadAsync<Bundle>();
        Assert.Equal("phq-9-en", questionnaires.Entry.Single().Resource?.Id);
        var byUrl = await (await http.FetchAsync($"/fhir/Questionnaire?url={FhirUrls.Questionnaire("gad-7")}")).ReadAsync<Bundle>();
        Assert.Equal("gad-7-en", byUrl.Entry.Single().Resource?.Id);
        Assert.Equal("phq-9", (await (await http.FetchAsync("/fhir/Questionnaire/phq-9-en")).ReadAsync<Questionnaire>()).Name);
    }

    [Fact]
    public async Task Another_organisations_patient_is_not_found_and_never_appears_in_search_results()
    {
        var clinic = await app.CreateClinicAsync();
        var elsewhere = await app.CreateClinicAsync();
        var own = await app.CreatePatientAsync(clinic, await app.CreateStaffAsync(clinic, [Role.Therapist]));
        var foreign = await app.CreatePatientAsync(elsewhere, await app.CreateStaffAsync(elsewhere, [Role.Therapist]));
        await app.ScoredResponseAsync(own.Id, "phq-9", 1);
        var foreignResponse = await app.ScoredResponseAsync(foreign.Id, "phq-9", 3);
        var foreignScore = await app.WithDbAsync(db => db.InstrumentScores.Where(s => s.ResponseId == foreignResponse).Select(s => s.Id).SingleAsync());
        var (_, token) = await app.CreateApiClientAsync(clinic);
        using var http = app.FhirClient(token);

        await (await http.FetchAsync($"/fhir/Patient/{foreign.Id}")).OutcomeAsync(404);
        await (await http.FetchAsync($"/fhir/QuestionnaireResponse/{foreignResponse}")).OutcomeAsync(404);
        await (await http.FetchAsync($"/fhir/Observation/{foreignScore}")).OutcomeAsync(404);
        Assert.Equal(0, (await (await http.FetchAsync($"/fhir/Patient?identifier={foreign.Id}")).ReadAsync<Bundle>()).Total);
        Assert.Equal(0, (await (await http.FetchAsync($"/fhir/Observation?patient={foreign.Id}")).ReadAsync<Bundle>()).Total);
        Assert.Equal(0, (await (await http.FetchAsync($"/fhir/QuestionnaireResponse?patient={foreign.Id}")).ReadAsync<Bundle>()).Total);

        var all = await (await http.FetchAsync("/fhir/Observation?_count=100")).ReadAsync<Bundle>();
        Assert.All(all.Entry, e => Assert.Equal($"Patient/{own.Id}", Assert.IsType<Observation>(e.Resource).Subject?.Reference));
        Assert.NotEmpty(all.Entry);
    }

    [Fact]
    public async Task Missing_or_invalid_tokens_give_401_a_missing_scope_403_and_a_revoked_client_401_all_as_OperationOutcome()
    {
        var clinic = await app.CreateClinicAsync();
        var (_, readOnly) = await app.CreateApiClientAsync(clinic, ApiScope.QuestionnaireRead);
        var (revokedId, revoked) = await app.CreateApiClientAsync(clinic);
        await app.WithDbAsync(async db =>
        {
            (await db.ApiClients.SingleAsync(c => c.Id == revokedId)).Revoke(app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        using (var anonymous = app.FhirClient())
        {
            var response = await anonymous.FetchAsync("/fhir/Patient?identifier=x");
            await response.OutcomeAsync(401);
            Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }

        foreach (var bad in new[] { "nonsense", readOnly.Split('.')[0] + ".wrong-secret", "tc-unknown.secret", "." })
        {
            using var wrong = app.FhirClient(bad);
            await (await wrong.FetchAsync("/fhir/Questionnaire")).OutcomeAsync(401);
        }

        using var limited = app.FhirClient(readOnly);
        await (await limited.FetchAsync("/fhir/Questionnaire")).ReadAsync<Bundle>();
        await (await limited.FetchAsync("/fhir/Observation")).OutcomeAsync(403);
        await (await limited.PostFhirAsync("/fhir/Questionnaire", FhirSetup.SyntheticCis)).OutcomeAsync(403);

        using var gone = app.FhirClient(revoked);
        await (await gone.FetchAsync("/fhir/Questionnaire")).OutcomeAsync(401);
    }

    [Theory]
    [InlineData("/fhir/Observation?foo=bar")]
    [InlineData("/fhir/Observation?patient:missing=true")]
    [InlineData("/fhir/Observation?date=yesterday")]
    [InlineData("/fhir/Observation?date=xx2026-01-01")]
    [InlineData("/fhir/Observation?date=ge2026-01")]
    [InlineData("/fhir/Observation?date=ge2026-01-01T10:00")]
    [InlineData("/fhir/Observation?_count=0")]
    [InlineData("/fhir/Observation?_count=abc")]
    [InlineData("/fhir/Observation?_count=100000")]
    [InlineData("/fhir/Observation?_offset=-1")]
    [InlineData("/fhir/Observation?patient=not-a-guid")]
    [InlineData("/fhir/Observation?patient=a&patient=b")]
    [InlineData("/fhir/Observation?code=")]
    [InlineData("/fhir/Observation?code=http://loinc.org|")]
    [InlineData("/fhir/QuestionnaireResponse?authored=le31-12-2026")]
    [InlineData("/fhir/Patient")]
    [InlineData("/fhir/Patient?_format=xml&identifier=1")]
    [InlineData("/fhir/Questionnaire?name=a&name=b")]
    public async Task Bad_search_parameters_give_400_as_OperationOutcome(string url)
    {
        var (_, token) = await app.CreateApiClientAsync(await app.CreateClinicAsync());
        using var http = app.FhirClient(token);
        await (await http.FetchAsync(url)).OutcomeAsync(400);
    }

    [Fact]
    public async Task Unknown_resources_and_interactions_give_404_or_405_as_OperationOutcome()
    {
        var (_, token) = await app.CreateApiClientAsync(await app.CreateClinicAsync());
        using var http = app.FhirClient(token);

        await (await http.FetchAsync("/fhir/Medication/1")).OutcomeAsync(404);
        await (await http.FetchAsync("/fhir/Patient/not-a-guid")).OutcomeAsync(404);
        await (await http.FetchAsync($"/fhir/Patient/{Guid.NewGuid()}")).OutcomeAsync(404);
        await (await http.FetchAsync("/fhir/Questionnaire/nope")).OutcomeAsync(404);
        await (await http.PostFhirAsync("/fhir/Patient", "{\"resourceType\":\"Patient\"}")).OutcomeAsync(405);
        await (await http.DeleteAsync("/fhir/Questionnaire/phq-9-en", TestContext.Current.CancellationToken)).OutcomeAsync(405);
        await (await http.PutAsync("/fhir/Observation/1", new StringContent("{}"), TestContext.Current.CancellationToken)).OutcomeAsync(405);
    }

    [Fact]
    public async Task Malformed_or_invalid_Questionnaires_are_refused_with_a_4xx_OperationOutcome_never_a_500()
    {
        var (_, token) = await app.CreateApiClientAsync(await app.CreateClinicAsync());
        using var http = app.FhirClient(token);
        var valid = FhirSetup.SyntheticCis;

        (string Body, int Status)[] cases =
        [
            ("", 400),
            ("not json at all", 400),
            ("{\"resourceType\":", 400),
            ("[1, 2, 3]", 400),
            ("{\"resourceType\":\"Patient\"}", 400),
            ("{\"resourceType\":\"Nonsense\"}", 400),
            (valid.Replace("\"status\": \"active\"", "\"status\": \"active\", \"colour\": \"blue\"", StringComparison.Ordinal), 400),
            (valid.Replace("\"status\": \"active\"", "\"status\": \"sort-of\"", StringComparison.Ordinal), 400),
            (valid.Replace("\"linkId\": \"20\"", "\"linkId\": \"21\"", StringComparison.Ordinal), 422),
            (valid.Replace("\"valueDecimal\": 7", "\"valueDecimal\": 8", StringComparison.Ordinal), 422),
            (valid.Replace("\"language\": \"nl\"", "\"language\": \"de\"", StringComparison.Ordinal), 422),
            (valid.Replace("Questionnaire/cis", "Questionnaire/phq-9", StringComparison.Ordinal), 422),
            (valid.Replace("Questionnaire/cis", "Questionnaire/unknown", StringComparison.Ordinal).Replace("\"name\": \"cis\"", "\"name\": \"unknown\"", StringComparison.Ordinal), 422),
            (valid.Replace("licence-reference", "licence-something", StringComparison.Ordinal), 422),
            (valid.Replace("\"valueDate\": \"2099-12-31\"", "\"valueString\": \"forever\"", StringComparison.Ordinal), 422),
        ];
        foreach (var (body, status) in cases)
        {
            await (await http.PostFhirAsync("/fhir/Questionnaire", body)).OutcomeAsync(status);
        }

        await (await http.PostFhirAsync("/fhir/Questionnaire", valid, "text/plain")).OutcomeAsync(415);
        await (await http.PostFhirAsync("/fhir/Questionnaire", new string('x', 900_000))).OutcomeAsync(413);
    }

    [Fact]
    public async Task Observation_search_pages_LOINC_coded_PHQ_9_totals_with_self_and_next_links_and_filters_by_date()
    {
        var clinic = await app.CreateClinicAsync();
        var patient = await app.CreatePatientAsync(clinic, await app.CreateStaffAsync(clinic, [Role.Therapist]));
        var start = app.Clock.GetUtcNow();
        foreach (var answer in new[] { 3, 2, 1 })
        {
            await app.ScoredResponseAsync(patient.Id, "phq-9", answer);
            app.Clock.Advance(TimeSpan.FromDays(14));
        }

        await app.ScoredResponseAsync(patient.Id, "gad-7", 1);
        var (_, token) = await app.CreateApiClientAsync(clinic, ApiScope.ObservationRead);
        using var http = app.FhirClient(token);

        var first = await (await http.FetchAsync($"/fhir/Observation?patient=Patient/{patient.Id}&code={Phq9Total}&_count=2")).ReadAsync<Bundle>();
        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Entry.Count);
        Assert.All(first.Entry, e => Assert.Equal("44261-6", Assert.IsType<Observation>(e.Resource).Code.Coding.Single().Code));
        Assert.Equal([9, 18], first.Entry.Select(e => ValueOf(e.Resource)));
        Assert.Contains(first.Link, l => l.Relation == "self");
        var next = first.Link.Single(l => l.Relation == "next").Url!;
        var second = await (await http.FetchAsync(new Uri(next).PathAndQuery)).ReadAsync<Bundle>();
        Assert.Equal(27, ValueOf(second.Entry.Single().Resource));
        Assert.DoesNotContain(second.Link, l => l.Relation == "next");

        var since = start.AddDays(10).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture).Replace("+", "%2B", StringComparison.Ordinal);
        var later = await (await http.FetchAsync($"/fhir/Observation?patient={patient.Id}&code=44261-6&date=ge{since}&date=le2100-01-01")).ReadAsync<Bundle>();
        Assert.Equal(2, later.Total);
        var gad = await (await http.FetchAsync($"/fhir/Observation?patient={patient.Id}&code={FhirUrls.Scales("gad-7")}|total")).ReadAsync<Bundle>();
        Assert.True(gad.Total is 0 or 1);
    }

    [Fact]
    public async Task Every_FHIR_access_to_patient_data_adds_an_audit_entry_with_the_client_as_actor()
    {
        var clinic = await app.CreateClinicAsync();
        var patient = await app.CreatePatientAsync(clinic, await app.CreateStaffAsync(clinic, [Role.Therapist]));
        var responseId = await app.ScoredResponseAsync(patient.Id, "phq-9", 1);
        var (clientId, token) = await app.CreateApiClientAsync(clinic);
        using var http = app.FhirClient(token);

        string[] urls =
        [
            $"/fhir/Patient/{patient.Id}", $"/fhir/Patient?identifier={patient.Id}",
            $"/fhir/QuestionnaireResponse/{responseId}", $"/fhir/QuestionnaireResponse?patient={patient.Id}",
            $"/fhir/Observation?patient={patient.Id}",
        ];
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.FetchAsync(url)).StatusCode);
        }

        await (await http.FetchAsync($"/fhir/Observation?patient={Guid.NewGuid()}")).ReadAsync<Bundle>();

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.ApiClientId == clientId).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(urls.Length + 1, entries.Count);
        Assert.All(entries, e => Assert.Equal(AuditActor.ApiClient, e.Actor));
        Assert.All(entries, e => Assert.Equal(clinic.OrganisationId, e.OrganisationId));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.AccessPoint)));
        Assert.Equal([AuditAction.Read, AuditAction.Search, AuditAction.Read, AuditAction.Search, AuditAction.Search, AuditAction.Search], entries.Select(e => e.Action));
        Assert.Equal(urls.Length, entries.Count(e => e.PatientId == patient.Id));
        Assert.Equal(["Patient", "Patient", "QuestionnaireResponse", "QuestionnaireResponse", "Observation", "Observation"], entries.Select(e => e.ObjectType));
    }

    private static int ValueOf(Resource? resource) => Assert.IsType<Integer>(Assert.IsType<Observation>(resource).Value).Value ?? -1;
}
