using System.Security.Cryptography;
using System.Text;

namespace Tandem.Domain.Accounts;

public static class InvitationRules
{
    public static readonly Rule Expired = new("invitation.expired", "This invitation has expired. Ask for a new one.");
    public static readonly Rule AlreadyUsed = new("invitation.used", "This invitation has already been used. Sign in instead.");
    public static readonly Rule Revoked = new("invitation.revoked", "This invitation was withdrawn. Ask for a new one.");
    public static readonly Rule WrongToken = new("invitation.invalid", "This invitation link is not valid.");
    public static readonly Rule NoRoles = new("invitation.no-roles", "Choose at least one staff role.");
}

public enum InvitationKind
{
    Staff,
    Patient,
}

/// <summary>A single-use, expiring link to create an account. Only a SHA-256 hash of the token is stored.</summary>
public sealed class Invitation
{
    private string _roles = "";

    private Invitation() { } // EF Core

    private Invitation(InvitationKind kind, Guid organisationId, string email, Guid invitedBy, DateTimeOffset now, TimeSpan validFor, string tokenHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validFor, TimeSpan.Zero);
        Kind = kind;
        OrganisationId = organisationId;
        Email = email.Trim();
        InvitedByUserId = invitedBy;
        CreatedAt = now;
        ExpiresAt = now + validFor;
        TokenHash = tokenHash;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public InvitationKind Kind { get; private init; }
    public Guid OrganisationId { get; private init; }
    public Guid? SiteId { get; private init; }
    public Guid? TeamId { get; private init; }
    public Guid? PatientId { get; private init; }
    public string Email { get; private init; } = "";
    public string DisplayName { get; private init; } = "";
    public IReadOnlyList<Role> Roles => Parse(_roles);
    public Guid InvitedByUserId { get; private init; }
    public string TokenHash { get; private init; } = "";
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset ExpiresAt { get; private init; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedByUserId { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static IssuedInvitation ForStaff(
        Guid organisationId, Guid? siteId, Guid? teamId, string email, string displayName,
        IReadOnlyCollection<Role> roles, Guid invitedBy, DateTimeOffset now, TimeSpan validFor)
    {
        if (roles.Count == 0 || roles.Any(r => !r.IsStaff()))
        {
            throw new DomainRuleException(InvitationRules.NoRoles);
        }

        var token = NewToken();
        var invitation = new Invitation(InvitationKind.Staff, organisationId, email, invitedBy, now, validFor, Hash(token))
        {
            SiteId = siteId,
            TeamId = teamId,
            DisplayName = displayName.Trim(),
            _roles = string.Join(',', roles.Distinct().Order()),
        };
        return new IssuedInvitation(invitation, token);
    }

    public static IssuedInvitation ForPatient(
        Guid organisationId, Guid siteId, Guid patientId, string email, string displayName,
        Guid invitedBy, DateTimeOffset now, TimeSpan validFor)
    {
        var token = NewToken();
        var invitation = new Invitation(InvitationKind.Patient, organisationId, email, invitedBy, now, validFor, Hash(token))
        {
            SiteId = siteId,
            PatientId = patientId,
            DisplayName = displayName.Trim(),
            _roles = nameof(Role.Patient),
        };
        return new IssuedInvitation(invitation, token);
    }

    public bool CanAccept(DateTimeOffset now) => AcceptBlocker(now) is null;

    /// <summary>Marks the invitation used; the token must match and the invitation must still be open.</summary>
    public void Accept(string token, Guid userId, DateTimeOffset now)
    {
        if (!Matches(token))
        {
            throw new DomainRuleException(InvitationRules.WrongToken);
        }

        if (AcceptBlocker(now) is { } rule)
        {
            throw new DomainRuleException(rule);
        }

        AcceptedAt = now;
        AcceptedByUserId = userId;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public Rule? AcceptBlocker(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationRules.AlreadyUsed
        : RevokedAt is not null ? InvitationRules.Revoked
        : now >= ExpiresAt ? InvitationRules.Expired
        : null;

    public bool Matches(string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(TokenHash));

    /// <summary>The stored form of a token: lowercase hex SHA-256, so a database leak reveals no usable link.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Role[] Parse(string roles) =>
        [.. roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Role>)];
}

/// <summary>A new invitation with its one-time token; the token exists only here and in the e-mail.</summary>
public sealed record IssuedInvitation(Invitation Invitation, string Token);
