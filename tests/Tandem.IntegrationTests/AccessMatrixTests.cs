using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.IntegrationTests.Outreach;

namespace Tandem.IntegrationTests;

/// <summary>
/// Every endpoint the app maps must have a row here, and every role must get exactly the answer in it.
/// Outcomes: 200 / 403 / 404; SignIn = redirected to sign in; Mfa = sent to authenticator set-up;
/// Home = redirected to the person's own start page; "->/path" = redirected there.
/// {id:guid} routes are opened with a patient of the therapist (in the supervisor's team and the manager's site),
/// the programme preview's {id} with the CFS programme;
/// the last column is the therapist opening a patient of another organisation.
/// </summary>
public sealed class AccessMatrixTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string ContentPageRoute = "/Staff/Content/Page/{programmeId}/{moduleId}/{pageId}";
    private const string Ok = "200", Forbidden = "403", NotFound = "404", SignIn = "SignIn", Mfa = "Mfa", Home = "Home";

    private static readonly Dictionary<string, Access> Matrix = new()
    {
        // Columns: Anonymous, Patient, Therapist, Supervisor, Manager, ImplementationLead, OrgAdmin, staff without MFA[, therapist with a foreign patient]
        ["/"] = new(Ok, Home, Home, Home, Home, Home, Home, Home),
        ["/Index"] = new(Ok, Home, Home, Home, Home, Home, Home, Home),
        ["/Error"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Status/{code:int?}"] = new(NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
        ["/Language"] = new(NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
        ["/Programmes"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Programmes/Index"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Programmes/Detail/{id}"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/health"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Account/SignIn"] = new(Ok, Home, Home, Home, Home, Home, Home, Home),
        ["/Account/TwoFactor"] = new(SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn),
        ["/Account/Recovery"] = new(SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn),
        ["/Account/ForgotPassword"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Account/ResetPassword"] = new(NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
        ["/Account/AcceptInvitation"] = new(NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
        ["/Account/AccessDenied"] = new(Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Account/SignedOut"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Account/SignOut"] = new(SignIn, "->/", "->/", "->/", "->/", "->/", "->/", "->/"),
        ["/Account/Manage"] = new(SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Account/Manage/Index"] = new(SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Account/Manage/Password"] = new(SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Account/Manage/TwoFactor"] = new(SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Admin/Audit"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Admin/Audit/Index"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Admin/Staff"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Admin/Staff/Index"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Admin/Staff/Invite"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Patient"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Index"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/AccessLog"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Index"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Patients"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Patients/Index"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Patients/Invite"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Patients/Detail/{id:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),
        // diaries
        ["/Patient/Diary"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Diary/Index"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Diary/Sleep"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Diary/Activity"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Diary/Symptoms"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Diary/SleepChart"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Diary/ActivityChart"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Diary/SymptomChart"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Diaries/{id:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),
        ["/Staff/Diaries/Index/{id:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),

        // modules: the patient's work (the patient is enrolled in CFS and sent module 1) and the therapist's feedback
        ["/Patient/Module/{moduleId}/{pageId?}"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Feedback"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Submissions"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Submissions/Index"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Submissions/Detail/{submissionId:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),
        ["/Staff/Thread/{patientId:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),
        ["/Staff/Thread/Index/{patientId:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),
        ["/Staff/Snippets"] = new(SignIn, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Snippets/Index"] = new(SignIn, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Time"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Time/Index"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        // team: the supervisor's view and reassignment (of their team's patients), the manager's site closing days
        ["/Staff/Team"] = new(SignIn, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Team/Index"] = new(SignIn, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Team/Reassign/{patientId:guid}"] = new(SignIn, Forbidden, NotFound, Ok, NotFound, NotFound, NotFound, Mfa, NotFound),
        ["/Staff/Team/ClosingDays"] = new(SignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Mfa),

        // implementation toolkit: rounds and strategies for the lead; {roundId} is no round (404 for every member of staff)
        ["/Staff/Implementation"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Implementation/Index"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Implementation/Sources"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Implementation/Strategies"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Mfa),
        ["/Staff/Implementation/Rounds/New"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Mfa),
        ["/Staff/Implementation/Rounds/Detail/{id:guid}"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden, Mfa),
        ["/Staff/Implementation/Respond/{roundId:guid}"] = new(SignIn, Forbidden, NotFound, NotFound, NotFound, NotFound, NotFound, Mfa),
        ["/Staff/Implementation/Plans/New"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Mfa),
        ["/Staff/Implementation/Plans/Detail/{id:guid}"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden, Mfa),
        ["/Staff/Implementation/Nomad"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Mfa),
        ["/Staff/Implementation/Nomad/Index"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Mfa),
        ["/Staff/Implementation/Nomad/Answer/{roundId:guid}"] = new(SignIn, Forbidden, NotFound, NotFound, NotFound, NotFound, NotFound, Mfa),
        // training: the eCoach course for all staff ({lessonId}: its first lesson); the team view for supervisors and managers
        ["/Staff/Training"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Training/Index"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Training/Lesson/{lessonId}"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Training/Survey"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Training/Results"] = new(SignIn, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Mfa),
        ["/Staff/Training/Team"] = new(SignIn, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Mfa),
        ["/Admin/Matching"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Staff/Reports/Reimbursement"] = new(SignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Mfa),
        ["/Staff/Reports/ReAim"] = new(SignIn, Forbidden, Forbidden, Ok, Ok, Ok, Ok, Mfa),
        ["/Admin/Matching/Index"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),

        // treatment: only the patient's own therapist enrols; everyone who may see the patient may read the plan.
        ["/Staff/Treatment/Enrol/{id:guid}"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Mfa, NotFound),
        ["/Staff/Treatment/Plan/{id:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),

        // schedules: everyone who may see the patient reads the questionnaire schedule; only their therapist changes it (POST: 403)
        ["/Staff/Measurements/Plan/{patientId:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),

        // reminders
        ["/Patient/Reminders"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Patients/Reminders/{id:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),

        // alerts: everyone on staff has a (possibly empty) list; a patient's alerts follow the record's scope; cover is set by therapists and supervisors
        ["/Staff/Alerts"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Alerts/Index"] = new(SignIn, Forbidden, Ok, Ok, Ok, Ok, Ok, Mfa),
        ["/Staff/Alerts/Patient/{id:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),
        ["/Staff/Cover"] = new(SignIn, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Cover/Index"] = new(SignIn, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Mfa),

        // site content adaptations (managers, for their own site); opened with a page of the shipped CFS programme
        ["/Staff/Content"] = new(SignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Mfa),
        ["/Staff/Content/Index"] = new(SignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Mfa),
        [ContentPageRoute] = new(SignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Mfa),

        // measurement: answering (opened with the patient's own PHQ-9 in progress; Done with a sent one) and results
        ["/Patient/Questionnaires"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Questionnaires/Index"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Questionnaires/Answer/{responseId:guid}/{screen:int?}"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Questionnaires/Done/{responseId:guid}"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Patient/Questionnaires/Results"] = new(SignIn, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Mfa),
        ["/Staff/Measurements/{patientId:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),
        ["/Staff/Measurements/Index/{patientId:guid}"] = new(SignIn, Forbidden, Ok, Ok, Ok, NotFound, NotFound, Mfa, NotFound),
        // fhir: API clients and licensed questionnaires (administrators); the /fhir API itself: FhirRouteTests
        ["/Admin/ApiClients"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Admin/ApiClients/Index"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Admin/Instruments"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),
        ["/Admin/Instruments/Index"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Mfa),

        // outreach: the site's public page, forms and assets ({slug} is the clinic's published site; it has no logo);
        // site configuration (administrator: every site, manager: their own; {id} is no site) and the intake queue of one's site
        ["/Sites/{slug}"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Sites/{slug}/Interest"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Sites/{slug}/Referral"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Sites/{slug}/Thanks"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Sites/{slug}/theme.css"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Sites/{slug}/logo"] = new(NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound),
        ["/Staff/Sites"] = new(SignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Mfa),
        ["/Staff/Sites/Index"] = new(SignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Mfa),
        ["/Staff/Sites/Edit/{id:guid}"] = new(SignIn, Forbidden, Forbidden, Forbidden, NotFound, Forbidden, NotFound, Mfa),
        ["/Staff/Intake"] = new(SignIn, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden, Mfa),
        ["/Staff/Intake/Index"] = new(SignIn, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden, Mfa),
        ["/Staff/Intake/Detail/{id:guid}"] = new(SignIn, Forbidden, NotFound, NotFound, NotFound, Forbidden, Forbidden, Mfa, NotFound),
    };

    [Fact]
    public void Every_mapped_endpoint_has_a_row_in_the_access_matrix()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(r => !r.StartsWith("/fhir/", StringComparison.Ordinal)) // own authentication: FhirRouteTests
            .Distinct()
            .ToList();

        var unlisted = routes.Where(r => !Matrix.ContainsKey(r)).ToList();
        var stale = Matrix.Keys.Where(r => !routes.Contains(r)).ToList();
        Assert.True(unlisted.Count == 0, "Endpoints without a row in the access matrix: " + string.Join(", ", unlisted));
        Assert.True(stale.Count == 0, "Matrix rows for routes the app no longer maps: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Every_role_gets_the_expected_answer_on_every_GET_route()
    {
        var clinic = await app.CreateClinicAsync();
        var elsewhere = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var own = await app.CreatePatientAsync(clinic, therapist);
        var foreign = await app.CreatePatientAsync(elsewhere, await app.CreateStaffAsync(elsewhere, [Role.Therapist]), withAccount: false);
        await app.EnrolAsync(own, therapist, "cfs");
        var submissions = new Dictionary<Guid, Guid> { [own.Id] = await app.SendModule1Async(own.Id), [foreign.Id] = await app.SendModule1Async(foreign.Id) };
        var (answering, sent) = await ResponsesAsync(own.Id);
        var slug = await app.PublishAsync(clinic);

        var clients = new Dictionary<string, FormClient>();
        try
        {
            clients["Anonymous"] = app.NewClient();
            clients["Patient"] = await PatientAsync(own.User);
            clients["Therapist"] = await StaffAsync(therapist);
            clients["Supervisor"] = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Supervisor]));
            clients["Manager"] = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
            clients["Lead"] = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.ImplementationLead]));
            clients["OrgAdmin"] = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.OrgAdmin]));
            var noMfa = await app.CreateStaffAsync(clinic, [Role.Therapist], mfa: false);
            clients["NoMfa"] = app.NewClient();
            (await clients["NoMfa"].SubmitPasswordAsync(noMfa.Email, noMfa.Password)).AssertRedirect("/Account/Manage/TwoFactor");

            var failures = new List<string>();
            foreach (var (route, access) in Matrix)
            {
                foreach (var (role, expected) in access.ByRole())
                {
                    var patient = role == "Therapist+foreign" ? foreign.Id : own.Id;
                    var client = clients[role == "Therapist+foreign" ? "Therapist" : role];
                    var url = route.Replace("{id:guid}", patient.ToString(), StringComparison.Ordinal).Replace("{patientId:guid}", patient.ToString(), StringComparison.Ordinal).Replace("{id}", "cfs", StringComparison.Ordinal)
                        .Replace("/{code:int?}", "", StringComparison.Ordinal)
                        .Replace("{submissionId:guid}", submissions[patient].ToString(), StringComparison.Ordinal)
                        .Replace("{moduleId}/{pageId?}", "cfs-01-getting-started", StringComparison.Ordinal)
                        .Replace("{lessonId}", "ecoach-01-the-programmes", StringComparison.Ordinal)
                        .Replace("{programmeId}/{moduleId}/{pageId}", "cfs/cfs-01-getting-started/welcome", StringComparison.Ordinal)
                        .Replace("Done/{responseId:guid}", $"Done/{sent}", StringComparison.Ordinal)
                        .Replace("{responseId:guid}/{screen:int?}", answering.ToString(), StringComparison.Ordinal)
                        .Replace("{patientId:guid}", patient.ToString(), StringComparison.Ordinal)
                        .Replace("{roundId:guid}", patient.ToString(), StringComparison.Ordinal)
                        .Replace("{slug}", slug, StringComparison.Ordinal);
                    var actual = await OutcomeAsync(client, url);
                    if (actual != Resolve(expected, role))
                    {
                        failures.Add($"{role,-18} GET {url}: expected {expected}, got {actual}");
                    }
                }
            }

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>A PHQ-9 the patient is answering and one they have sent.</summary>
    private Task<(Guid Answering, Guid Sent)> ResponsesAsync(Guid patientId) => app.WithDbAsync(async db =>
    {
        var phq9 = app.Services.GetRequiredService<Tandem.Web.Content.InstrumentCatalog>().Find("phq-9")!;
        var now = app.Clock.GetUtcNow();
        var answering = new Tandem.Domain.Measurement.InstrumentResponse(patientId, phq9, "en", now);
        var sent = new Tandem.Domain.Measurement.InstrumentResponse(patientId, phq9, "en", now);
        sent.Save(phq9, phq9.Items.ToDictionary(i => i.Id, _ => 0), 0, now);
        db.InstrumentScores.AddRange(sent.Submit(phq9, now));
        db.InstrumentResponses.AddRange(answering, sent);
        await db.SaveChangesAsync();
        return (answering.Id, sent.Id);
    });

    private static string Resolve(string expected, string role) => expected switch
    {
        Home => role switch
        {
            "Patient" => "->/Patient",
            "NoMfa" => Mfa,
            _ => "->/Staff",
        },
        _ => expected,
    };

    /// <summary>What a browser ends up with, following only the hop through the access-denied page.</summary>
    private static async Task<string> OutcomeAsync(FormClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/Account/AccessDenied")
        {
            response = await client.GetAsync(response.Headers.Location!.OriginalString);
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Redirect => response.RedirectPath() switch
            {
                "/Account/SignIn" => SignIn,
                "/Account/Manage/TwoFactor" => Mfa,
                var path => "->" + path,
            },
            var status => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }

    private async Task<FormClient> PatientAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInPatientAsync(user);
        return client;
    }

    private sealed record Access(
        string Anonymous, string Patient, string Therapist, string Supervisor, string Manager, string Lead, string OrgAdmin, string NoMfa,
        string? TherapistForeign = null)
    {
        public IEnumerable<(string Role, string Expected)> ByRole()
        {
            yield return (nameof(Anonymous), Anonymous);
            yield return (nameof(Patient), Patient);
            yield return (nameof(Therapist), Therapist);
            yield return (nameof(Supervisor), Supervisor);
            yield return (nameof(Manager), Manager);
            yield return (nameof(Lead), Lead);
            yield return (nameof(OrgAdmin), OrgAdmin);
            yield return (nameof(NoMfa), NoMfa);
            if (TherapistForeign is not null)
            {
                yield return ("Therapist+foreign", TherapistForeign);
            }
        }
    }
}
