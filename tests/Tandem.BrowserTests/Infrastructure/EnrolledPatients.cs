using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;
using Tandem.Web.Content;
using Tandem.Web.Data;

namespace Tandem.BrowserTests.Infrastructure;

public sealed record EnrolledPatient(string Email, string Password, string GivenName, StaffMember Therapist);

/// <summary>A patient with an account in <c>language</c>, enrolled in a programme by their therapist, in a clinic of their own.</summary>
public static class EnrolledPatients
{
    public static async Task<EnrolledPatient> CreateAsync(IServiceProvider services, string programmeId, string language, string givenName)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var programme = scope.ServiceProvider.GetRequiredService<ProgrammeCatalog>().Find(programmeId)!;
        var now = TimeProvider.System.GetUtcNow();
        var suffix = Guid.NewGuid().ToString("N")[..8];

        var organisation = new Organisation($"Clinic {suffix}");
        var site = new Site(organisation.Id, $"Site {suffix}", "Utrecht");
        var team = new Team(site.Id, $"Team {suffix}");
        db.AddRange(organisation, site);
        db.Add(team);
        await db.SaveChangesAsync();

        var therapist = NewUser(organisation, site, team, $"therapist-{suffix}", $"Thera Pist {suffix}", now);
        Check(await users.CreateAsync(therapist, Accounts.Password));
        Check(await users.AddToRoleAsync(therapist, nameof(Role.Therapist)));
        Check(await users.ResetAuthenticatorKeyAsync(therapist));
        var key = await users.GetAuthenticatorKeyAsync(therapist);
        Check(await users.SetTwoFactorEnabledAsync(therapist, true));
        var account = NewUser(organisation, site, team, $"patient-{suffix}", $"{givenName} Testpersoon", now);
        account.Language = language;
        Check(await users.CreateAsync(account, Accounts.Password));
        Check(await users.AddToRoleAsync(account, nameof(Role.Patient)));

        var patient = new Patient(organisation.Id, site.Id, team.Id, therapist.Id, givenName, "Testpersoon", account.Email!, now);
        patient.LinkAccount(account.Id, now);
        db.Patients.Add(patient);
        var choices = new EnrolmentChoices(
            GuidanceMode.ProtocolDriven, UnlockMode.OnCompletion, null, ClinicCalendar.DateOf(now),
            new IntakeChecklist(true, true, true), [], ModuleProposal.For(programme, []));
        db.Enrolments.Add(Enrolment.Start(patient.Id, programme, choices, therapist.Id, now));
        await db.SaveChangesAsync();
        return new EnrolledPatient(account.Email!, Accounts.Password, givenName, new StaffMember(therapist.Email!, Accounts.Password, therapist.DisplayName, key));
    }

    private static AppUser NewUser(Organisation organisation, Site site, Team team, string prefix, string name, DateTimeOffset now) => new()
    {
        UserName = $"{prefix}@test.tandem.nl",
        Email = $"{prefix}@test.tandem.nl",
        EmailConfirmed = true,
        DisplayName = name,
        OrganisationId = organisation.Id,
        SiteId = site.Id,
        TeamId = team.Id,
        Language = Language.English,
        CreatedAt = now,
    };

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
}
