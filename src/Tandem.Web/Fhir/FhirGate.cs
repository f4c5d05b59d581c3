using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Integration;
using Tandem.Web.Data;

namespace Tandem.Web.Fhir;

/// <summary>The scope an endpoint needs (SMART v2 system scope, see <see cref="ApiScope"/>).</summary>
public sealed record RequiresScope(string Scope);

/// <summary>Marks the endpoints that need an authenticated client (all but /fhir/metadata).</summary>
public sealed record RequiresClient;

/// <summary>
/// Runs around every /fhir endpoint: authenticates the API client from <c>Authorization: Bearer &lt;client-id&gt;.&lt;secret&gt;</c>
/// (401 when missing, malformed, unknown or revoked), checks the endpoint's scope (403), and turns every refusal
/// and every unexpected failure into an OperationOutcome, never a stack trace or an HTML page.
/// </summary>
public sealed class FhirGate(AppDbContext db, ILogger<FhirGate> logger) : IEndpointFilter
{
    private const string ClientKey = "tandem:fhir-client";

    public static ApiClient ClientOf(HttpContext http) =>
        http.Items[ClientKey] as ApiClient ?? throw new InvalidOperationException("No authenticated API client.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        try
        {
            var endpoint = http.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<RequiresClient>() is not null)
            {
                var client = await AuthenticateAsync(http);
                if (client is null)
                {
                    http.Response.Headers.WWWAuthenticate = "Bearer realm=\"fhir\"";
                    return Outcome.Result(StatusCodes.Status401Unauthorized, OperationOutcome.IssueType.Login,
                        "Send 'Authorization: Bearer <client-id>.<secret>' with an active API client of your organisation.");
                }

                if (endpoint?.Metadata.GetMetadata<RequiresScope>() is { } required && !client.Has(required.Scope))
                {
                    return Outcome.Result(StatusCodes.Status403Forbidden, OperationOutcome.IssueType.Forbidden,
                        $"This client lacks the scope {required.Scope}.");
                }

                http.Items[ClientKey] = client;
            }

            return await next(context);
        }
        catch (FhirException e)
        {
            return e.ToResult();
        }
        catch (BadHttpRequestException e)
        {
            return Outcome.Result(e.StatusCode, OperationOutcome.IssueType.Invalid, "The request could not be read.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "FHIR request failed");
            return Outcome.Result(StatusCodes.Status500InternalServerError, OperationOutcome.IssueType.Exception, "The server could not complete the request.");
        }
    }

    private async Task<ApiClient?> AuthenticateAsync(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || header.Length > 200
            || ApiClient.ParseToken(header[Bearer.Length..].Trim()) is not (var clientId, var secret))
        {
            return null;
        }

        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.ClientId == clientId, http.RequestAborted);
        return client is not null && client.Accepts(secret) ? client : null;
    }
}
