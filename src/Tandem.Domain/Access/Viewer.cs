using Tandem.Domain.Accounts;

namespace Tandem.Domain.Access;

/// <summary>Who is asking: the signed-in person, where they work, their roles, and whether they passed MFA.</summary>
public sealed record Viewer(
    Guid UserId, Guid OrganisationId, Guid? SiteId, Guid? TeamId, IReadOnlySet<Role> Roles, bool MfaVerified)
{
    public bool Has(Role role) => Roles.Contains(role);

    public bool IsStaff => Roles.Any(r => r.IsStaff());

    /// <summary>The role recorded when no single record decides it (lists, searches): the most clinical one held.</summary>
    public Role PrimaryRole => Roles.Count > 0 ? Roles.Min() : throw new InvalidOperationException("A viewer without roles.");

    /// <summary>Staff see patient data only after a second factor (ASVS 6.3.3); patients need none.</summary>
    public bool MaySeeHealthData => !IsStaff || MfaVerified;
}
