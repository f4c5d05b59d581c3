using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Organisations;
using Tandem.Domain.Patients;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// A fictional clinic for demos and local development (Development only, never in production):
/// two sites, their teams, one person per staff role, patients in several states, their treatment plans,
/// sent work and feedback, a few weeks of diaries, and the eCoach course completed by one therapist and assigned to another.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users, ProgrammeCatalog catalog, InstrumentCatalog instruments, TrainingCatalog training, TimeProvider clock)
{
    public const string Password = "tandem demo 2026";

    /// <summary>A published demo key so every demo staff member can sign in with one authenticator entry.</summary>
    public const string DemoTotpKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static readonly (string Email, string Name, Role[] Roles)[] Staff =
    [
        ("admin@demo.tandem.nl", "Anna de Vries", [Role.OrgAdmin]),
        ("manager@demo.tandem.nl", "Mark Jansen", [Role.Manager]),
        ("lead@demo.tandem.nl", "Ilse Bakker", [Role.ImplementationLead]),
        ("supervisor@demo.tandem.nl", "Sanne Visser", [Role.Supervisor, Role.Therapist]),
        ("therapist@demo.tandem.nl", "Thomas Mulder", [Role.Therapist]),
        ("therapist2@demo.tandem.nl", "Fatima el Amrani", [Role.Therapist]),
    ];

    public async Task<bool> SeedAsync()
    {
        if (await db.Organisations.AnyAsync())
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var organisation = new Organisation("GGZ Rivierenland (demo)");
        var utrecht = new Site(organisation.Id, "Tandem Utrecht", "Utrecht");
        var nijmegen = new Site(organisation.Id, "Tandem Nijmegen", "Nijmegen");
        var utrechtTeam = new Team(utrecht.Id, "Somatic symptoms team Utrecht");
        var nijmegenTeam = new Team(nijmegen.Id, "Pain and fatigue team Nijmegen");
        db.AddRange(organisation, utrecht, nijmegen);
        db.AddRange(utrechtTeam, nijmegenTeam);
        await db.SaveChangesAsync();

        var staff = new Dictionary<string, AppUser>();
        foreach (var (email, name, staffRoles) in Staff)
        {
            var team = email.StartsWith("therapist2", StringComparison.Ordinal) ? nijmegenTeam : utrechtTeam;
            var user = await CreateUserAsync(email, name, organisation.Id, staffRoles.Contains(Role.OrgAdmin) ? null : team, staffRoles, now);
            await EnableDemoTotpAsync(user);
            staff[email] = user;
        }

        var thomas = staff["therapist@demo.tandem.nl"];
        var fatima = staff["therapist2@demo.tandem.nl"];
        var sanne = staff["supervisor@demo.tandem.nl"];
        (string Given, string Family, AppUser Therapist, Team Team, bool HasAccount)[] patients =
        [
            ("Lotte", "Smit", thomas, utrechtTeam, true),
            ("Daan", "Meijer", thomas, utrechtTeam, true),
            ("Eva", "de Boer", thomas, utrechtTeam, false),
            ("Sophie", "van Dijk", sanne, utrechtTeam, true),
            ("Noah", "Peters", fatima, nijmegenTeam, true),
            ("Julia", "Hendriks", fatima, nijmegenTeam, false),
        ];
        foreach (var (given, family, therapist, team, hasAccount) in patients)
        {
            var email = $"{given.ToLowerInvariant()}@demo.tandem.nl";
            var patient = new Patient(organisation.Id, team.SiteId, team.Id, therapist.Id, given, family, email, now.AddDays(-21));
            db.Patients.Add(patient);
            if (hasAccount)
            {
                var account = await CreateUserAsync(email, $"{given} {family}", organisation.Id, team, [Role.Patient], now);
                patient.LinkAccount(account.Id, now.AddDays(-20));
                var viewer = new Viewer(therapist.Id, organisation.Id, team.SiteId, team.Id, new HashSet<Role> { Role.Therapist }, MfaVerified: true);
                db.AuditEntries.Add(AuditEntry.Record(viewer, Role.Therapist, AuditAction.Create, patient.Id, "Patient", patient.Id.ToString(), "127.0.0.1", now.AddDays(-21)));
                db.AuditEntries.Add(AuditEntry.Record(viewer, Role.Therapist, AuditAction.Read, patient.Id, "Patient", patient.Id.ToString(), "127.0.0.1", now.AddDays(-2)));
            }
        }

        await db.SaveChangesAsync();
        await DemoTreatment.SeedAsync(db, catalog, now);
        await DemoWork.SeedAsync(db, catalog, now);
        await DemoDiaries.SeedAsync(db, now);
        await DemoSchedules.SeedAsync(db, catalog, instruments, now);
        await DemoMeasurement.SeedAsync(db, instruments, now);
        await DemoAlerts.SeedAsync(db, instruments, now);
        await DemoFhir.SeedAsync(db, now);
        await DemoImplementation.SeedAsync(db, now);
        await DemoOutcomes.SeedAsync(db, catalog, instruments, now);
        await DemoTraining.SeedAsync(db, training, now);
        await DemoOutreach.SeedAsync(db, now);
        return true;
    }

    /// <summary>Prints where the demo runs and how to sign in, once the server is listening.</summary>
    public static void PrintWhenStarted(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine($"""

            Tandem demo is running at {string.Join(", ", addresses)}
            Password for every demo account: {Password}
            Staff:    {string.Join(", ", Staff.Select(s => $"{s.Email} ({string.Join('+', s.Roles)})"))}
            Patients: lotte@demo.tandem.nl, daan@demo.tandem.nl, sophie@demo.tandem.nl, noah@demo.tandem.nl
            Staff sign in with a second step: add key {DemoTotpKey} to an authenticator app
            (or run: oathtool --totp -b {DemoTotpKey}). E-mails are written to ./mail-outbox.

            """);
    });

    private async Task<AppUser> CreateUserAsync(string email, string name, Guid organisationId, Team? team, Role[] userRoles, DateTimeOffset now)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = organisationId,
            SiteId = team?.SiteId,
            TeamId = team?.Id,
            CreatedAt = now,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, userRoles.Select(r => r.ToString())));
        return user;
    }

    private async Task EnableDemoTotpAsync(AppUser user)
    {
        await db.UserTokens.AddAsync(new IdentityUserToken<Guid>
        {
            UserId = user.Id,
            LoginProvider = "[AspNetUserStore]",
            Name = "AuthenticatorKey",
            Value = DemoTotpKey,
        });
        await db.SaveChangesAsync();
        Check(await users.SetTwoFactorEnabledAsync(user, true));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
