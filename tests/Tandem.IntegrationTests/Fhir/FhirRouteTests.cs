using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Fhir;

/// <summary>The /fhir endpoints use API clients, not the sign-in, so they have their own access check instead of rows in AccessMatrixTests.</summary>
public sealed class FhirRouteTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Every_fhir_route_except_metadata_answers_401_with_an_OperationOutcome_without_a_token()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/fhir", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(endpoints.Count >= 10, $"Expected the FHIR routes, found {endpoints.Count}.");

        using var http = app.FhirClient();
        foreach (var endpoint in endpoints)
        {
            var url = endpoint.RoutePattern.RawText!.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace("{**rest}", "Medication/1", StringComparison.Ordinal);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST", "PUT", "DELETE"];
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/fhir+json");
                }

                var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
                if (url == "/fhir/metadata")
                {
                    Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                    continue;
                }

                await response.OutcomeAsync(401);
            }
        }
    }
}
