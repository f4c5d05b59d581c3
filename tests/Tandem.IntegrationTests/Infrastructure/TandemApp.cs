using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;
using Tandem.Web.Content;
using Tandem.Web.Data;

namespace Tandem.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app in process on its own fresh database, with a fake clock and a real SMTP server.
/// Shared per test class (IClassFixture); every test creates its own people with unique e-mails.
/// </summary>
public class TandemApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "violet kettle harbour twenty six";
    public static readonly Uri BaseAddress = new("https://localhost");

    private TestDatabase? _database;

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public SmtpCapture Mail { get; } = new();

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>High by default so tests never meet the limiter; the rate-limit test lowers it.</summary>
    protected virtual int AuthPerMinute => 100_000;

    /// <summary>Public form posts per address per hour: high by default, lowered by the outreach rate-limit test.</summary>
    protected virtual int OutreachPerHour => 100_000;

    public async ValueTask InitializeAsync()
    {
        await Mail.StartAsync();
        _database = await TestDatabase.CreateAsync();
        _ = Services; // start the app: migrations run now, not inside the first test
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Tandem", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:StartTls", "false");
        builder.UseSetting("App:BaseUrl", BaseAddress.ToString());
        builder.UseSetting("RateLimits:AuthPerMinute", AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Outreach:PerAddressPerHour", OutreachPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Reminders:Enabled", "false"); // tests drive ReminderDispatcher.RunOnceAsync themselves
        builder.UseSetting("Measurement:Alerts:WorkerEnabled", "false"); // and AlertDispatcher.RunOnceAsync
        builder.UseSetting("Reporting:WorkerEnabled", "false"); // and ReAimRollup.RefreshAsync
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects, talks https.</summary>
    public FormClient NewClient()
    {
        var cookies = new CookieContainer();
        return new FormClient(CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies)), cookies, this) { Language = "en" };
    }

    /// <summary>The next authenticator code: the clock moves on a step, since a used step never works twice.</summary>
    public string NextTotpCode(TestUser user)
    {
        Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        return Totp.Code(Base32.Decode(user.TotpKey ?? throw new InvalidOperationException("No authenticator key.")), Totp.StepAt(Clock.GetUtcNow()));
    }

    public async Task<string?> AuthenticatorKeyAsync(Guid userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetAuthenticatorKeyAsync(await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("No such user."));
    }

    public async Task<IReadOnlyList<string>> RecoveryCodesAsync(Guid userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("No such user.");
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
    }

    /// <summary>A patient record without account and an open invitation for it, as a therapist would make.</summary>
    public async Task<(Guid PatientId, string Token)> InvitePatientAsync(Clinic clinic, TestUser therapist)
    {
        var patient = await CreatePatientAsync(clinic, therapist, withAccount: false);
        var token = await WithDbAsync(async db =>
        {
            var record = await db.Patients.FindAsync(patient.Id) ?? throw new InvalidOperationException("No patient.");
            var issued = Invitation.ForPatient(
                clinic.OrganisationId, record.SiteId, record.Id, record.Email, record.FullName, therapist.Id, Clock.GetUtcNow(), TimeSpan.FromDays(7));
            db.Invitations.Add(issued.Invitation);
            await db.SaveChangesAsync();
            return issued.Token;
        });
        return (patient.Id, token);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>An organisation with two sites, each with one team.</summary>
    public Task<Clinic> CreateClinicAsync() => WithDbAsync(async db =>
    {
        var organisation = new Organisation($"Org {Guid.NewGuid():N}");
        var site = new Site(organisation.Id, "Site A", "Utrecht");
        var otherSite = new Site(organisation.Id, "Site B", "Nijmegen");
        var team = new Team(site.Id, "Team A");
        var otherTeam = new Team(otherSite.Id, "Team B");
        db.AddRange(organisation, site, otherSite);
        db.AddRange(team, otherTeam);
        await db.SaveChangesAsync();
        return new Clinic(organisation.Id, new ClinicTeam(site.Id, team.Id), new ClinicTeam(otherSite.Id, otherTeam.Id));
    });

    public async Task<TestUser> CreateStaffAsync(Clinic clinic, Role[] roles, bool mfa = true, ClinicTeam? team = null, string? name = null)
    {
        team ??= roles.SequenceEqual([Role.OrgAdmin]) ? null : clinic.Team;
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = NewUser(clinic, team, name ?? $"{roles[0]} {Guid.NewGuid().ToString("N")[..6]}", roles[0].ToString().ToLowerInvariant());
        await CreateAsync(users, user, roles);
        string? key = null;
        if (mfa)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new TestUser(user.Id, user.Email!, Password, user.DisplayName, key);
    }

    /// <summary>A patient of <paramref name="therapist"/> in the therapist's team, with an account unless said otherwise.</summary>
    public async Task<TestPatient> CreatePatientAsync(Clinic clinic, TestUser therapist, ClinicTeam? team = null, bool withAccount = true)
    {
        team ??= clinic.Team;
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var given = $"Pat{Guid.NewGuid().ToString("N")[..6]}";
        var now = Clock.GetUtcNow();
        var patient = new Patient(clinic.OrganisationId, team.SiteId, team.TeamId, therapist.Id, given, "Testpatient", $"{given.ToLowerInvariant()}@test.tandem.nl", now);
        db.Patients.Add(patient);
        TestUser? account = null;
        if (withAccount)
        {
            var user = NewUser(clinic, team, patient.FullName, given.ToLowerInvariant());
            user.Email = user.UserName = patient.Email;
            await CreateAsync(users, user, [Role.Patient]);
            patient.LinkAccount(user.Id, now);
            account = new TestUser(user.Id, user.Email, Password, user.DisplayName, null);
        }

        await db.SaveChangesAsync();
        return new TestPatient(patient.Id, patient.GivenName, account);
    }

    /// <summary>
    /// Enrols a patient as a therapist would: intake complete, unlock on completion, starting today. For a
    /// tailored programme the modules proposed for <paramref name="profileFlags"/> are selected.
    /// </summary>
    public Task<Guid> EnrolAsync(TestPatient patient, TestUser therapist, string programmeId, UnlockMode unlock = UnlockMode.OnCompletion, params string[] profileFlags) =>
        WithDbAsync(async db =>
        {
            var programme = Services.GetRequiredService<ProgrammeCatalog>().Find(programmeId)
                ?? throw new InvalidOperationException($"No programme '{programmeId}'.");
            var now = Clock.GetUtcNow();
            var choices = new EnrolmentChoices(
                GuidanceMode.ProtocolDriven,
                unlock,
                unlock == UnlockMode.Schedule ? 7 : null,
                ClinicCalendar.DateOf(now),
                new IntakeChecklist(ProgrammeExplained: true, FormatDiscussed: true, GoalsAgreed: true),
                profileFlags,
                ModuleProposal.For(programme, profileFlags));
            var enrolment = Enrolment.Start(patient.Id, programme, choices, therapist.Id, now);
            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync();
            return enrolment.Id;
        });

    private AppUser NewUser(Clinic clinic, ClinicTeam? team, string name, string emailPrefix)
    {
        var email = $"{emailPrefix}-{Guid.NewGuid():N}@test.tandem.nl";
        return new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = clinic.OrganisationId,
            SiteId = team?.SiteId,
            TeamId = team?.TeamId,
            Language = Language.English,
            CreatedAt = Clock.GetUtcNow(),
        };
    }

    private static async Task CreateAsync(UserManager<AppUser> users, AppUser user, Role[] roles)
    {
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, roles.Select(r => r.ToString())));
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
}

public sealed record ClinicTeam(Guid SiteId, Guid TeamId);

public sealed record Clinic(Guid OrganisationId, ClinicTeam Team, ClinicTeam OtherTeam);

public sealed record TestUser(Guid Id, string Email, string Password, string DisplayName, string? TotpKey);

public sealed record TestPatient(Guid Id, string GivenName, TestUser? Account)
{
    public TestUser User => Account ?? throw new InvalidOperationException("This patient has no account.");
}
