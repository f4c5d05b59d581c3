using Tandem.Domain.Accounts;

namespace Tandem.Domain.Access;

/// <summary>
/// Who is asking: the signed-in person, where they work, their roles, whether they passed MFA, and for a therapist the
/// colleagues whose caseload they cover today (absence cover).
/// </summary>
public sealed record Viewer(
    Guid UserId, Guid OrganisationId, Guid? SiteId, Guid? TeamId, IReadOnlySet<Role> Roles, bool MfaVerified, IReadOnlySet<Guid>? CoversFor = null)
{
    private static readonly IReadOnlySet<Guid> Nobody = new HashSet<Guid>();

    /// <summary>The therapists whose patients this therapist covers today; empty for everyone else.</summary>
    public IReadOnlySet<Guid> CoveredTherapists => Has(Role.Therapist) ? CoversFor ?? Nobody : Nobody;

    /// <summary>Whether this patient is in the viewer's caseload: their own, or covered today.</summary>
    public bool Treats(Guid therapistId) => Has(Role.Therapist) && (therapistId == UserId || CoveredTherapists.Contains(therapistId));

    public bool Has(Role role) => Roles.Contains(role);

    public bool IsStaff => Roles.Any(r => r.IsStaff());

    /// <summary>The role recorded when no single record decides it (lists, searches): the most clinical one held.</summary>
    public Role PrimaryRole => Roles.Count > 0 ? Roles.Min() : throw new InvalidOperationException("A viewer without roles.");

    /// <summary>Staff see patient data only after a second factor (ASVS 6.3.3); patients need none.</summary>
    public bool MaySeeHealthData => !IsStaff || MfaVerified;
}
