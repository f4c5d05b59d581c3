namespace Tandem.Bench;

/// <summary>The accounts the generator creates and the scenario signs in with. Benchmark data only.</summary>
public static class BenchAccounts
{
    public const string Password = "tandem bench password 2026";

    /// <summary>One known authenticator key shared by every generated staff account.</summary>
    public const string TotpKey = "KRAW4ZDFNVRGK3TDNBRGK3TDNBQWWZLZ";

    public const string Domain = "bench.tandem.nl";

    /// <summary>The therapist whose caseload page is measured; the generator gives them exactly 150 patients.</summary>
    public static string Subject => TherapistEmail(0);

    public const int SubjectCaseload = 150;

    /// <summary>The patient who writes diaries in the diary scenario: the subject therapist's first patient, with an account.</summary>
    public static string PatientEmail => $"patient00000@{Domain}";

    /// <summary>The organisation administrator whose RE-AIM dashboard the P3 scenario measures.</summary>
    public static string AdminEmail => $"admin@{Domain}";

    public static string TherapistEmail(int index) => $"therapist{index:D5}@{Domain}";

    /// <summary>The bench patient's record number, which the FHIR scenario looks up with <c>Patient?identifier=</c>.</summary>
    public const string RecordNumber = "BENCH-0001";

    /// <summary>The generated API client's bearer token (every scope; benchmark data only).</summary>
    public const string ApiToken = "tc-bench00000000000000.bench-only-secret-never-use-in-production-01";
}
