using Tandem.Domain.Access;
using Tandem.Domain.Accounts;

namespace Tandem.Domain.Audit;

/// <summary>
/// One NEN 7513 log line: when (UTC), who, in which role, on whose behalf, which patient, what action,
/// which object, from where. Append-only: the application never changes or deletes one.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { } // EF Core

    public long Id { get; private init; }
    public DateTimeOffset At { get; private init; }
    public Guid OrganisationId { get; private init; }
    public Guid UserId { get; private init; }
    public Role Role { get; private init; }
    public Guid? OnBehalfOfUserId { get; private init; }
    public Guid? PatientId { get; private init; }
    public AuditAction Action { get; private init; }
    public string ObjectType { get; private init; } = "";
    public string? ObjectId { get; private init; }
    public string AccessPoint { get; private init; } = "";

    public static AuditEntry Record(
        Viewer viewer, Role role, AuditAction action, Guid? patientId, string objectType, string? objectId,
        string accessPoint, DateTimeOffset now, Guid? onBehalfOf = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        return new AuditEntry
        {
            At = now.ToUniversalTime(),
            OrganisationId = viewer.OrganisationId,
            UserId = viewer.UserId,
            Role = role,
            OnBehalfOfUserId = onBehalfOf,
            PatientId = patientId,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            AccessPoint = accessPoint.Length > 64 ? accessPoint[..64] : accessPoint,
        };
    }
}
