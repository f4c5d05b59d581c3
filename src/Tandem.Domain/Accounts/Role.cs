namespace Tandem.Domain.Accounts;

/// <summary>What a person does in Tandem. A staff member may hold several staff roles; a patient holds only <see cref="Patient"/>.</summary>
public enum Role
{
    Patient,
    Therapist,
    Supervisor,
    Manager,
    ImplementationLead,
    OrgAdmin,
}

public static class Roles
{
    public static IReadOnlyList<Role> Staff { get; } =
        [Role.Therapist, Role.Supervisor, Role.Manager, Role.ImplementationLead, Role.OrgAdmin];

    public static bool IsStaff(this Role role) => role != Role.Patient;
}
