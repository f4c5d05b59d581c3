using Tandem.Domain.Access;
using Tandem.Domain.Accounts;

using Tandem.Domain.Integration;

namespace Tandem.Domain.Audit;

/// <summary>Who acted: a signed-in person, or a system through the FHIR API.</summary>
public enum AuditActor
{
    User,
    ApiClient,

    /// <summary>Someone without an account, through a public form (a self-referral or a GP's referral).</summary>
    Public,
}

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

    /// <summary>User for every entry made by a person (and every entry from before API clients existed).</summary>
    public AuditActor Actor { get; private init; } = AuditActor.User;

    /// <summary>
    /// The API client that acted, when <see cref="Actor"/> is ApiClient. <see cref="UserId"/> is then the
    /// administrator who issued the client and is accountable for it, <see cref="Role"/> the role they issued it in.
    /// </summary>
    public Guid? ApiClientId { get; private init; }

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

    /// <summary>
    /// A write through a public form by someone without an account: <see cref="UserId"/> is empty and <see cref="Role"/>
    /// is Patient (the person the data is about, or acting for them).
    /// </summary>
    public static AuditEntry RecordPublic(Guid organisationId, AuditAction action, string objectType, string? objectId, string accessPoint, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        return new AuditEntry
        {
            At = now.ToUniversalTime(),
            OrganisationId = organisationId,
            UserId = Guid.Empty,
            Role = Role.Patient,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            AccessPoint = accessPoint.Length > 64 ? accessPoint[..64] : accessPoint,
            Actor = AuditActor.Public,
        };
    }

    /// <summary>An access by an API client to one patient's data (or, without a patient, a search that found none).</summary>
    public static AuditEntry RecordForClient(
        ApiClient client, AuditAction action, Guid? patientId, string objectType, string? objectId, string accessPoint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        return new AuditEntry
        {
            At = now.ToUniversalTime(),
            OrganisationId = client.OrganisationId,
            UserId = client.CreatedBy,
            Role = Role.OrgAdmin,
            PatientId = patientId,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId is { Length: > 64 } ? objectId[..64] : objectId,
            AccessPoint = accessPoint.Length > 64 ? accessPoint[..64] : accessPoint,
            Actor = AuditActor.ApiClient,
            ApiClientId = client.Id,
        };
    }
}
