using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Tandem.Bench;

/// <summary>How a hey-driven scenario loaded the server, for the result file.</summary>
public sealed record HeyLoad(string Tool, int Connections, int RatePerSecond, int DurationSeconds, int WarmupSeconds, int Rounds, string Order);

public sealed record HeyResult(string Path, double RequestsPerSecond, long Requests, double P50Ms, double P90Ms, double P95Ms, double P99Ms, string StatusCodes);

/// <summary>
/// Runs hey (Debian package `hey`) for a duration, optionally rate-limited: hey's -q is per worker, so the total
/// rate is spread over the workers. Redirects are not followed (the diary POST answers 302). One extra header
/// (a session cookie or a bearer token) may be sent with every request.
/// </summary>
public sealed partial class Hey(string url, string? header, string? body)
{
    public async Task<HeyResult> RunAsync(int seconds, int workers, int? ratePerSecond)
    {
        var start = new ProcessStartInfo("hey") { RedirectStandardOutput = true, RedirectStandardError = true };
        var arguments = new List<string> { "-z", $"{seconds}s", "-c", $"{workers}", "-disable-redirects", "-t", "5" };
        if (ratePerSecond is { } rate)
        {
            arguments.AddRange(["-q", (rate / (double)workers).ToString("0.###", CultureInfo.InvariantCulture)]);
        }

        if (body is not null)
        {
            arguments.AddRange(["-m", "POST", "-T", "application/x-www-form-urlencoded", "-d", body]);
        }

        if (header is not null)
        {
            arguments.AddRange(["-H", header]);
        }

        arguments.Add(url);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start hey (apt-get install -y hey).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"hey failed: {await process.StandardError.ReadToEndAsync()}");
        }

        return Parse(new Uri(url).AbsolutePath, output);
    }

    public static HeyResult Parse(string path, string output)
    {
        double Percentile(string p)
        {
            var match = Regex.Match(output, $@"^\s+{p}% in ([\d.]+) secs", RegexOptions.Multiline);
            return match.Success ? Math.Round(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 1000, 2) : double.NaN;
        }

        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var codes = StatusCode().Matches(output).Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}").ToList();
        var requests = StatusCode().Matches(output).Sum(m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return new HeyResult(path, Math.Round(rps, 1), requests, Percentile("50"), Percentile("90"), Percentile("95"), Percentile("99"), string.Join(" ", codes));
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"\[(\d{3})\]\s+(\d+) responses")]
    private static partial Regex StatusCode();
}
