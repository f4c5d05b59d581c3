using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.Domain.Integration;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Fhir;
using Tandem.Web.Measurement;
using Bundle = Hl7.Fhir.Model.Bundle;
using Questionnaire = Hl7.Fhir.Model.Questionnaire;

namespace Tandem.IntegrationTests.Fhir;

public sealed class FhirAdminTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task An_administrator_creates_a_client_sees_its_token_once_and_revokes_it()
    {
        var clinic = await app.CreateClinicAsync();
        using var admin = await AdminAsync(clinic);

        var empty = await admin.PostFormAsync("/Admin/ApiClients", ("Input.Name", "EHR"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Choose at least one scope", await FormClient.ErrorsAsync(empty), StringComparison.Ordinal);

        var created = await admin.PostFormAsync("/Admin/ApiClients", ("Input.Name", "Our EHR"), ("Input.Scopes", ApiScope.PatientRead), ("Input.Scopes", ApiScope.QuestionnaireRead));
        var page = await FormClient.ParseAsync(created);
        var token = page.QuerySelector("#new-token")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));
        var stored = await app.WithDbAsync(db => db.ApiClients.SingleAsync(c => c.OrganisationId == clinic.OrganisationId));
        Assert.Equal("Our EHR", stored.Name);
        Assert.Equal([ApiScope.QuestionnaireRead, ApiScope.PatientRead], stored.ScopeList);
        Assert.DoesNotContain(token!.Split('.')[1], stored.SecretHash, StringComparison.Ordinal);

        var (_, listed) = await admin.GetPageAsync("/Admin/ApiClients");
        Assert.Null(listed.QuerySelector("#new-token"));
        Assert.Contains(stored.ClientId, listed.Body!.TextContent, StringComparison.Ordinal);

        using var fhir = app.FhirClient(token);
        Assert.Equal(HttpStatusCode.OK, (await fhir.FetchAsync("/fhir/Questionnaire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fhir.FetchAsync("/fhir/Observation")).StatusCode);

        var revoked = await admin.PostFormAsync("/Admin/ApiClients", [], $"/Admin/ApiClients?handler=Revoke&id={stored.Id}");
        revoked.AssertRedirect("/Admin/ApiClients");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fhir.FetchAsync("/fhir/Questionnaire")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_revoke_another_organisations_client()
    {
        var (otherId, _) = await app.CreateApiClientAsync(await app.CreateClinicAsync());
        using var admin = await AdminAsync(await app.CreateClinicAsync());
        var response = await admin.PostFormAsync("/Admin/ApiClients", [], $"/Admin/ApiClients?handler=Revoke&id={otherId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.ApiClients.SingleAsync(c => c.Id == otherId))).RevokedAt);
    }

    [Fact]
    public async Task Importing_through_the_admin_page_enables_the_licensed_instrument_for_that_organisation_only()
    {
        var clinic = await app.CreateClinicAsync();
        var other = await app.CreateClinicAsync();
        using var admin = await AdminAsync(clinic);
        var (_, before) = await admin.GetPageAsync("/Admin/Instruments");
        Assert.Contains("Not enabled", before.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await FindAsync("cis", clinic.OrganisationId, "nl"));

        var response = await admin.PostFormAsync("/Admin/Instruments",
            ("Input.InstrumentId", "cis"), ("Input.Language", "nl"), ("Input.Json", FhirSetup.SyntheticCis),
            ("Input.LicenceHolder", "Test holder"), ("Input.LicenceReference", "CONTRACT-42"), ("Input.ValidUntil", "2099-01-01"));
        response.AssertRedirect("/Admin/Instruments");

        var found = await FindAsync("cis", clinic.OrganisationId, "en");
        Assert.NotNull(found);
        Assert.Equal("nl", found.Value.Language);
        Assert.Equal("Synthetic item 1", QuestionnaireCheck.Flatten(found.Value.Questionnaire.Item).Single(i => i.LinkId == "1").Text);
        Assert.Null(await FindAsync("cis", other.OrganisationId, "nl"));
        var (_, after) = await admin.GetPageAsync("/Admin/Instruments");
        Assert.Contains("CONTRACT-42", after.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);

        var import = await app.WithDbAsync(db => db.ImportedQuestionnaires.SingleAsync(q => q.OrganisationId == clinic.OrganisationId));
        Assert.Equal(("cis", "nl", "Test holder", new DateOnly(2099, 1, 1)), (import.InstrumentId, import.Language, import.LicenceHolder, import.LicenceValidUntil!.Value));
    }

    [Fact]
    public async Task The_admin_page_refuses_a_questionnaire_that_does_not_match_with_422_a_localised_list_and_the_input_kept()
    {
        var clinic = await app.CreateClinicAsync();
        using var admin = await AdminAsync(clinic);
        var mismatch = FhirSetup.SyntheticCis.Replace("\"linkId\": \"20\"", "\"linkId\": \"twenty\"", StringComparison.Ordinal);

        var response = await admin.PostFormAsync("/Admin/Instruments",
            ("Input.InstrumentId", "cis"), ("Input.Language", "nl"), ("Input.Json", mismatch), ("Input.LicenceReference", "REF-1"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("does not match this questionnaire's scoring", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("twenty", page.QuerySelector(".import-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"twenty\"", page.QuerySelector("textarea")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("REF-1", page.QuerySelector("#Input_LicenceReference")!.GetAttribute("value"));

        var notJson = await admin.PostFormAsync("/Admin/Instruments",
            ("Input.InstrumentId", "cis"), ("Input.Language", "nl"), ("Input.Json", "{ nope"), ("Input.LicenceReference", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notJson.StatusCode);
        var errors = await FormClient.ErrorsAsync(notJson);
        Assert.Contains("Licence reference", errors, StringComparison.Ordinal);

        var free = await admin.PostFormAsync("/Admin/Instruments",
            ("Input.InstrumentId", "phq-9"), ("Input.Language", "en"), ("Input.Json", FhirSetup.SyntheticCis), ("Input.LicenceReference", "REF"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, free.StatusCode);
        Assert.Contains("Tandem ships the official wording", await FormClient.ErrorsAsync(free), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ImportedQuestionnaires.CountAsync(q => q.OrganisationId == clinic.OrganisationId)));
    }

    [Fact]
    public async Task Importing_through_POST_fhir_Questionnaire_enables_the_instrument_and_the_client_can_read_it_back()
    {
        var clinic = await app.CreateClinicAsync();
        var (_, token) = await app.CreateApiClientAsync(clinic, ApiScope.QuestionnaireCreate, ApiScope.QuestionnaireRead);
        var (_, otherToken) = await app.CreateApiClientAsync(await app.CreateClinicAsync(), ApiScope.QuestionnaireRead);
        using var http = app.FhirClient(token);

        var response = await http.PostFhirAsync("/fhir/Questionnaire", FhirSetup.SyntheticCis);
        var created = await response.ReadAsync<Questionnaire>(201);
        Assert.EndsWith($"/fhir/Questionnaire/{created.Id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var found = await FindAsync("cis", clinic.OrganisationId, "nl");
        Assert.Equal(created.Id, found!.Value.Questionnaire.Id);
        var import = await app.WithDbAsync(db => db.ImportedQuestionnaires.SingleAsync(q => q.OrganisationId == clinic.OrganisationId));
        Assert.Equal(("TEST-LICENCE-001", new DateOnly(2099, 12, 31)), (import.LicenceReference, import.LicenceValidUntil!.Value));

        Assert.Equal(created.Id, (await (await http.FetchAsync($"/fhir/Questionnaire/{created.Id}")).ReadAsync<Questionnaire>()).Id);
        Assert.Equal(1, (await (await http.FetchAsync($"/fhir/Questionnaire?url={FhirUrls.Questionnaire("cis")}")).ReadAsync<Bundle>()).Total);
        using var other = app.FhirClient(otherToken);
        await (await other.FetchAsync($"/fhir/Questionnaire/{created.Id}")).OutcomeAsync(404);
        Assert.Equal(0, (await (await other.FetchAsync("/fhir/Questionnaire?name=cis")).ReadAsync<Bundle>()).Total);
    }

    [Fact]
    public async Task An_import_whose_licence_has_run_out_no_longer_enables_the_instrument()
    {
        var clinic = await app.CreateClinicAsync();
        var (_, token) = await app.CreateApiClientAsync(clinic, ApiScope.QuestionnaireCreate);
        using var http = app.FhirClient(token);
        var yesterday = app.Clock.GetUtcNow().AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var expired = FhirSetup.SyntheticCis.Replace("2099-12-31", yesterday, StringComparison.Ordinal);
        await (await http.PostFhirAsync("/fhir/Questionnaire", expired)).ReadAsync<Questionnaire>(201);
        Assert.Null(await FindAsync("cis", clinic.OrganisationId, "nl"));
    }

    [Fact]
    public async Task A_therapist_gives_a_record_number_when_inviting_and_it_must_be_unique_in_the_organisation()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);
        var number = $"NR-{Guid.NewGuid():N}"[..16];

        var first = await client.PostFormAsync("/Staff/Patients/Invite",
            ("Input.GivenName", "Eva"), ("Input.FamilyName", "Numbered"), ("Input.Email", $"eva-{Guid.NewGuid():N}@test.tandem.nl"), ("Input.RecordNumber", number));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Patients.CountAsync(p => p.RecordNumber == number && p.OrganisationId == clinic.OrganisationId)));

        var again = await client.PostFormAsync("/Staff/Patients/Invite",
            ("Input.GivenName", "Bob"), ("Input.FamilyName", "Numbered"), ("Input.Email", $"bob-{Guid.NewGuid():N}@test.tandem.nl"), ("Input.RecordNumber", number));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already has this record number", await FormClient.ErrorsAsync(again), StringComparison.Ordinal);

        var invalid = await client.PostFormAsync("/Staff/Patients/Invite",
            ("Input.GivenName", "Cas"), ("Input.FamilyName", "Numbered"), ("Input.Email", $"cas-{Guid.NewGuid():N}@test.tandem.nl"), ("Input.RecordNumber", "no spaces please"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("at most 32 letters", await FormClient.ErrorsAsync(invalid), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_free_questionnaires_official_translation_is_imported_only_in_a_language_Tandem_does_not_ship_and_then_asked_in_it()
    {
        var clinic = await app.CreateClinicAsync();
        using var admin = await AdminAsync(clinic);
        var (_, form) = await admin.GetPageAsync("/Admin/Instruments");
        Assert.NotNull(form.QuerySelector("#Input_InstrumentId option[value='phq-9']"));
        Assert.NotNull(form.QuerySelector("#Input_InstrumentId option[value='cis']"));
        Assert.Equal("en", (await FindAsync("phq-9", clinic.OrganisationId, "nl"))!.Value.Language);

        // A synthetic stand-in for the official Dutch translation: the shipped items, marked as a test wording.
        var wording = FhirJson.Parse<Questionnaire>(FhirJson.Serialize(app.Services.GetRequiredService<InstrumentCatalog>().Wording("phq-9", "en")!)).Resource!;
        wording.Title = "SYNTHETISCHE testtekst";
        var english = FhirJson.Serialize(wording);
        wording.Language = "nl";
        var json = FhirJson.Serialize(wording);

        var shipped = await admin.PostFormAsync("/Admin/Instruments",
            ("Input.InstrumentId", "phq-9"), ("Input.Language", "en"), ("Input.Json", english), ("Input.LicenceReference", "phqscreeners.com"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, shipped.StatusCode);

        var imported = await admin.PostFormAsync("/Admin/Instruments",
            ("Input.InstrumentId", "phq-9"), ("Input.Language", "nl"), ("Input.Json", json), ("Input.LicenceReference", "phqscreeners.com, Dutch translation"));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var found = await FindAsync("phq-9", clinic.OrganisationId, "nl");
        Assert.Equal(("nl", "SYNTHETISCHE testtekst"), (found!.Value.Language, found.Value.Questionnaire.Title));
        Assert.Equal("en", (await FindAsync("phq-9", clinic.OrganisationId, "en"))!.Value.Language);
        Assert.Equal("en", (await FindAsync("phq-9", (await app.CreateClinicAsync()).OrganisationId, "nl"))!.Value.Language);
    }

    private async Task<FormClient> AdminAsync(Clinic clinic)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(await app.CreateStaffAsync(clinic, [Role.OrgAdmin]));
        return client;
    }

    private async Task<(Questionnaire Questionnaire, string Language)?> FindAsync(string instrumentId, Guid organisationId, string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var instrument = scope.ServiceProvider.GetRequiredService<InstrumentCatalog>().Find(instrumentId)!;
        return await scope.ServiceProvider.GetRequiredService<InstrumentWordings>().FindAsync(instrument, organisationId, language, TestContext.Current.CancellationToken);
    }
}
