using System.Net;
using System.Text.RegularExpressions;

namespace Tandem.Bench;

/// <summary>
/// The therapist's worklist (issue 5): the subject therapist's start page <c>/Staff</c> over their 150 patients in the
/// 100k dataset (session cookie, MFA policy, the alerts, feedback, questionnaire and activity queries, the audit entry,
/// Razor). Goals: ≥ 0.30 × Fortunes throughput and p95 ≤ 50 ms at 200 req/s.
/// </summary>
public static partial class WorklistScenario
{
    public const double Goal = 0.30;
    public const double P95GoalMs = 50;
    private const string WorklistPath = "/Staff";

    public static async Task<int> RunAsync(Args args)
    {
        var url = args.Get("url", "http://127.0.0.1:5099").TrimEnd('/');
        var cookies = await Scenario.SignInAsync(url, BenchAccounts.Subject);
        var cookieHeader = cookies.GetCookieHeader(new Uri(url));
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, url + WorklistPath);
        request.Headers.Add("Cookie", cookieHeader);
        using var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var rows = WorklistRow().Count(html);
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains("worklist-counts", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{WorklistPath}: {(int)response.StatusCode}, no worklist.");
        }

        Console.WriteLine($"worklist: signed in as {BenchAccounts.Subject}; the worklist has {rows} rows");
        var cookie = $"Cookie: {cookieHeader}";
        var candidate = new Hey(url + WorklistPath, cookie, null);
        Floor[] floors =
        [
            new("health", "GET /health anonymous: the app's middleware and one database query", new Hey(url + "/health", null, null)),
            new("health-signed-in", "GET /health with the subject's session cookie: adds the server-side session check and the cover lookup",
                new Hey(url + "/health", cookie, null)),
            new("insert", "POST /bench/insert: one INSERT, what the audit entry alone costs", new Hey(url + BareInsert.Path, null, "")),
            new("page", "GET /Account/Manage signed in: the staff layout and navigation (with its alert count), the user lookup and a small form; no health data",
                new Hey(url + "/Account/Manage", cookie, null)),
        ];
        await new PairedRun("worklist", "Therapist worklist (150 patients) vs Fortunes", candidate, args, floors).RunAsync(Goal, P95GoalMs, rows);
        return 0;
    }

    [GeneratedRegex("<tr class=\"worklist-")]
    private static partial Regex WorklistRow();
}
