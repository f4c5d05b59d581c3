using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Patients;

namespace Tandem.UnitTests.Access;

public sealed class PatientAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid SiteA = Guid.NewGuid();
    private static readonly Guid SiteB = Guid.NewGuid();
    private static readonly Guid TeamA = Guid.NewGuid();
    private static readonly Guid TeamB = Guid.NewGuid();
    private static readonly Guid TherapistA = Guid.NewGuid();
    private static readonly Guid TherapistB = Guid.NewGuid();

    private static readonly Patient Lotte = NewPatient(Organisation, SiteA, TeamA, TherapistA, "Lotte");
    private static readonly Patient Daan = NewPatient(Organisation, SiteA, TeamA, TherapistB, "Daan");
    private static readonly Patient Noah = NewPatient(Organisation, SiteB, TeamB, TherapistB, "Noah");
    private static readonly Patient Elsewhere = NewPatient(Guid.NewGuid(), SiteA, TeamA, TherapistA, "Elders");
    private static readonly IQueryable<Patient> All = new[] { Lotte, Daan, Noah, Elsewhere }.AsQueryable();

    private static Patient NewPatient(Guid organisation, Guid site, Guid team, Guid therapist, string name) =>
        new(organisation, site, team, therapist, name, "Test", $"{name}@example.nl", Now);

    private static Viewer Staff(Guid userId, Guid? site, Guid? team, bool mfa, params Role[] roles) =>
        new(userId, Organisation, site, team, roles.ToHashSet(), mfa);

    private static string[] Visible(Viewer viewer) => [.. All.VisibleTo(viewer).Select(p => p.GivenName).Order()];

    [Fact]
    public void A_therapist_sees_only_their_own_caseload()
    {
        Assert.Equal(["Lotte"], Visible(Staff(TherapistA, SiteA, TeamA, mfa: true, Role.Therapist)));
    }

    [Fact]
    public void A_therapist_covering_a_colleague_sees_that_colleagues_caseload_too_and_acts_as_their_therapist()
    {
        var viewer = Staff(TherapistA, SiteA, TeamA, mfa: true, Role.Therapist) with { CoversFor = new HashSet<Guid> { TherapistB } };

        Assert.Equal(["Daan", "Lotte", "Noah"], Visible(viewer));
        Assert.Equal(["Daan", "Lotte", "Noah"], [.. All.CaseloadOf(viewer).Select(p => p.GivenName).Order()]);
        Assert.Equal(Role.Therapist, viewer.ActingRole(Noah));
    }

    [Fact]
    public void Cover_reaches_only_therapists_and_a_supervisors_caseload_is_only_their_own_patients()
    {
        var supervisor = Staff(TherapistA, SiteA, TeamA, mfa: true, Role.Supervisor) with { CoversFor = new HashSet<Guid> { TherapistB } };
        var both = Staff(TherapistA, SiteA, TeamA, mfa: true, Role.Therapist, Role.Supervisor);

        Assert.Equal(["Daan", "Lotte"], Visible(supervisor));
        Assert.Empty(All.CaseloadOf(supervisor));
        Assert.Equal(["Lotte"], [.. All.CaseloadOf(both).Select(p => p.GivenName)]);
    }

    [Fact]
    public void A_supervisor_sees_the_patients_of_their_team()
    {
        Assert.Equal(["Daan", "Lotte"], Visible(Staff(Guid.NewGuid(), SiteA, TeamA, mfa: true, Role.Supervisor)));
    }

    [Fact]
    public void A_manager_sees_the_patients_of_their_site()
    {
        Assert.Equal(["Noah"], Visible(Staff(Guid.NewGuid(), SiteB, TeamB, mfa: true, Role.Manager)));
    }

    [Fact]
    public void Roles_combine_into_the_union_of_their_scopes()
    {
        Assert.Equal(["Daan", "Noah"], Visible(Staff(TherapistB, SiteB, TeamB, mfa: true, Role.Therapist, Role.Manager)));
        Assert.Equal(["Daan", "Lotte", "Noah"], Visible(Staff(TherapistB, SiteA, TeamA, mfa: true, Role.Therapist, Role.Manager)));
    }

    [Fact]
    public void Administrators_and_implementation_leads_see_no_patient_records()
    {
        Assert.Empty(Visible(Staff(Guid.NewGuid(), SiteA, TeamA, mfa: true, Role.OrgAdmin, Role.ImplementationLead)));
    }

    [Fact]
    public void Staff_without_a_second_factor_see_no_patients()
    {
        var viewer = Staff(TherapistA, SiteA, TeamA, mfa: false, Role.Therapist);

        Assert.Empty(Visible(viewer));
        Assert.Null(viewer.ActingRole(Lotte));
    }

    [Fact]
    public void A_patient_sees_only_themself_without_needing_a_second_factor()
    {
        var account = Guid.NewGuid();
        var patient = NewPatient(Organisation, SiteA, TeamA, TherapistA, "Eva");
        patient.LinkAccount(account, Now);
        var viewer = new Viewer(account, Organisation, SiteA, TeamA, new HashSet<Role> { Role.Patient }, MfaVerified: false);

        Assert.Equal([patient], new[] { Lotte, patient, Daan }.AsQueryable().VisibleTo(viewer));
        Assert.Equal(Role.Patient, viewer.ActingRole(patient));
    }

    [Fact]
    public void Nobody_sees_a_patient_of_another_organisation()
    {
        var viewer = Staff(TherapistA, SiteA, TeamA, mfa: true, Role.Therapist, Role.Supervisor, Role.Manager);

        Assert.DoesNotContain("Elders", Visible(viewer));
        Assert.Null(viewer.ActingRole(Elsewhere));
    }

    [Fact]
    public void The_audit_role_is_the_one_that_grants_access()
    {
        var viewer = Staff(TherapistA, SiteA, TeamA, mfa: true, Role.Therapist, Role.Supervisor);

        Assert.Equal(Role.Therapist, viewer.ActingRole(Lotte));
        Assert.Equal(Role.Supervisor, viewer.ActingRole(Daan));
        Assert.Null(viewer.ActingRole(Noah));
    }

    [Fact]
    public void The_query_scope_and_the_audit_role_agree_for_every_combination_of_roles()
    {
        Role[] staffRoles = [Role.Therapist, Role.Supervisor, Role.Manager, Role.ImplementationLead, Role.OrgAdmin];
        for (var mask = 0; mask < 1 << staffRoles.Length; mask++)
        {
            var roles = staffRoles.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
            foreach (var (mfa, covers) in new[] { (true, false), (false, false), (true, true) })
            {
                var viewer = Staff(TherapistA, SiteA, TeamB, mfa, roles) with { CoversFor = covers ? new HashSet<Guid> { TherapistB } : null };
                var visible = All.VisibleTo(viewer).ToHashSet();
                Assert.All(All, p => Assert.Equal(visible.Contains(p), viewer.ActingRole(p) is not null));
            }
        }
    }
}
