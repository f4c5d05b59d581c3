using System.Net.Http.Headers;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// FHIR Observation search (issue 4): an API client pulls one patient's scores, a page of 50 of the bench patient's
/// 104, through the real API (bearer token check, scope, organisation scope query, count and page queries, one NEN 7513
/// audit entry per request, FHIR JSON). Goal: p95 at a fixed rate; the ratio to Fortunes is recorded.
/// </summary>
public static class FhirScenario
{
    public const double P95GoalMs = 50;
    private const int PageSize = 50;

    public static async Task<int> RunAsync(Args args)
    {
        var url = args.Get("url", "http://127.0.0.1:5099").TrimEnd('/');
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BenchAccounts.ApiToken);
        var patientId = await SubjectAsync(http);
        var path = $"/fhir/Observation?patient=Patient/{patientId}&_count={PageSize}";
        var (total, entries) = await SearchsetAsync(http, path);
        if (total < PageSize || entries != PageSize)
        {
            throw new InvalidOperationException($"{path}: total {total}, {entries} entries; expected a full page of {PageSize}.");
        }

        Console.WriteLine($"fhir: patient {BenchAccounts.RecordNumber} has {total} Observations; measuring pages of {PageSize}");
        var candidate = new Hey(url + path, $"Authorization: Bearer {BenchAccounts.ApiToken}", null);
        await new PairedRun("fhir", "FHIR Observation search for one patient (page of 50) vs Fortunes", candidate, args)
            .RunAsync(minimumRatio: 0, P95GoalMs, total);
        return 0;
    }

    /// <summary>The bench patient's id, found the way a client would: by record number.</summary>
    private static async Task<string> SubjectAsync(HttpClient http)
    {
        using var bundle = JsonDocument.Parse(await http.GetStringAsync($"/fhir/Patient?identifier={BenchAccounts.RecordNumber}"));
        var entry = bundle.RootElement.GetProperty("entry");
        return entry.GetArrayLength() == 1
            ? entry[0].GetProperty("resource").GetProperty("id").GetString()!
            : throw new InvalidOperationException($"Expected one patient with record number {BenchAccounts.RecordNumber}.");
    }

    private static async Task<(int Total, int Entries)> SearchsetAsync(HttpClient http, string path)
    {
        using var bundle = JsonDocument.Parse(await http.GetStringAsync(path));
        var root = bundle.RootElement;
        return (root.GetProperty("total").GetInt32(), root.TryGetProperty("entry", out var entry) ? entry.GetArrayLength() : 0);
    }
}
