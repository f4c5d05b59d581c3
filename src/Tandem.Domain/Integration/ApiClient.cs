using System.Security.Cryptography;
using System.Text;

namespace Tandem.Domain.Integration;

public static class ApiClientRules
{
    public static readonly Rule NoScopes = new("api-client.no-scopes", "Choose at least one scope.");
    public static readonly Rule UnknownScope = new("api-client.unknown-scope", "That scope does not exist.");
    public static readonly Rule Revoked = new("api-client.revoked", "This client has already been revoked.");
}

/// <summary>
/// A system an organisation lets read (and import into) Tandem's FHIR API, e.g. its EHR or data warehouse. It
/// authenticates with <c>&lt;ClientId&gt;.&lt;secret&gt;</c>; only the SHA-256 hash of the secret is kept (the secret is
/// 256 random bits, so a slow hash adds nothing), and the secret is shown once, when the client is created.
/// </summary>
public sealed class ApiClient
{
    private const int SecretBytes = 32;

    private ApiClient() { } // EF Core

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public string Name { get; private init; } = "";
    public string ClientId { get; private init; } = "";
    public string SecretHash { get; private init; } = "";

    /// <summary>The granted scopes, space-separated as in OAuth 2.</summary>
    public string Scopes { get; private init; } = "";

    public Guid CreatedBy { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A new client and its bearer token (<c>client-id.secret</c>), which is never stored. A fixed
    /// <paramref name="knownToken"/> is for demo data only.
    /// </summary>
    public static (ApiClient Client, string Token) Create(
        Guid organisationId, string name, IEnumerable<string> scopes, Guid createdBy, DateTimeOffset now, string? knownToken = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scopes);
        var granted = scopes.Distinct(StringComparer.Ordinal).ToList();
        if (granted.Count == 0)
        {
            throw new DomainRuleException(ApiClientRules.NoScopes);
        }

        if (granted.Any(s => !ApiScope.All.Contains(s)))
        {
            throw new DomainRuleException(ApiClientRules.UnknownScope);
        }

        var known = knownToken is null ? ((string ClientId, string Secret)?)null : ParseToken(knownToken) ?? throw new ArgumentException("A token is <client-id>.<secret>.", nameof(knownToken));
        if (known is { Secret.Length: < 32 })
        {
            throw new ArgumentException("A secret has at least 32 characters.", nameof(knownToken));
        }

        var secret = known?.Secret ?? Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var client = new ApiClient
        {
            OrganisationId = organisationId,
            Name = name.Trim(),
            ClientId = known?.ClientId ?? "tc-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            SecretHash = Hash(secret),
            Scopes = string.Join(' ', ApiScope.All.Where(granted.Contains)),
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        return (client, $"{client.ClientId}.{secret}");
    }

    /// <summary>Splits a bearer token into client id and secret; null when it has not that form.</summary>
    public static (string ClientId, string Secret)? ParseToken(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < token.Length - 1 ? (token[..dot], token[(dot + 1)..]) : null;
    }

    /// <summary>Whether the secret is this client's and the client still active; compared in constant time.</summary>
    public bool Accepts(string secret) =>
        !IsRevoked && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    public bool Has(string scope) => ScopeList.Contains(scope);

    public void Revoke(DateTimeOffset now)
    {
        if (IsRevoked)
        {
            throw new DomainRuleException(ApiClientRules.Revoked);
        }

        RevokedAt = now;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
