using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Fhir;

/// <summary>A FHIR resource as the response, in <c>application/fhir+json</c>.</summary>
public sealed class FhirResult(Resource resource, int status = StatusCodes.Status200OK, string? location = null) : IResult
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    public Resource Resource { get; } = resource;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.Headers.CacheControl = "no-store";
        if (location is not null)
        {
            httpContext.Response.Headers.Location = location;
        }

        await httpContext.Response.WriteAsync(FhirJson.Serialize(Resource), httpContext.RequestAborted);
    }
}

/// <summary>
/// A request the API refuses, as an HTTP status and an OperationOutcome. Thrown by handlers and parameter parsing;
/// the <see cref="FhirGate"/> turns it into the response.
/// </summary>
public sealed class FhirException(int status, OperationOutcome.IssueType code, string message, IReadOnlyList<string>? details = null) : Exception(message)
{
    public int Status { get; } = status;

    public FhirResult ToResult() => Outcome.Result(Status, code, Message, details ?? []);

    public static FhirException BadRequest(string message) => new(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, message);

    public static FhirException NotFound(string type, string id) =>
        new(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound, $"{type}/{id} is not known.");
}

/// <summary>OperationOutcome responses: every error of the API is one, with a plain-English diagnostics text and never a stack trace.</summary>
public static class Outcome
{
    public static FhirResult Result(int status, OperationOutcome.IssueType code, string message, IEnumerable<string>? details = null)
    {
        var outcome = new OperationOutcome();
        outcome.Issue.Add(new OperationOutcome.IssueComponent
        {
            Severity = status >= 500 ? OperationOutcome.IssueSeverity.Fatal : OperationOutcome.IssueSeverity.Error,
            Code = code,
            Diagnostics = message,
        });
        foreach (var detail in details ?? [])
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = OperationOutcome.IssueType.Invalid,
                Diagnostics = detail,
            });
        }

        return new FhirResult(outcome, status);
    }
}
