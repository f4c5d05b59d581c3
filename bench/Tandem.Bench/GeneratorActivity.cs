using Microsoft.EntityFrameworkCore;
using Tandem.Web.Data;

namespace Tandem.Bench;

/// <summary>
/// The platform activity the dashboard scenario (P3) reads, made by the database itself (PostgreSQL only): a diary entry
/// per patient per day for <c>days</c> days (10 M at 100k patients × 100 days), a treatment for every patient with an
/// account (CFS or chronic pain; those started over 100 days before the anchor ended: completed, stopped early or stepped
/// up), four pieces of sent work per treatment with feedback 0–5 days later, and 15 minutes of phone time a week for
/// eight weeks. Deterministic apart from the random ids and diary values.
/// </summary>
public static class GeneratorActivity
{
    public static async Task CreateAsync(AppDbContext db, DateTimeOffset anchor, int days)
    {
        if (!db.Database.IsNpgsql())
        {
            Console.Error.WriteLine("generate: --diary-days needs PostgreSQL; no activity generated.");
            return;
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO "Enrolments" ("Id", "PatientId", "ProgrammeId", "ProgrammeVersion", "Guidance", "Unlock", "StartsOn",
                "ProgrammeExplained", "FormatDiscussed", "GoalsAgreed", "ProfileFlags", "EnrolledByUserId", "EnrolledAt",
                "Status", "EndedAt", "Ending", "EndNote", "EndedByUserId")
            SELECT gen_random_uuid(), p."Id", CASE WHEN abs(hashtext(p."Id"::text)) % 2 = 0 THEN 'cfs' ELSE 'chronic-pain' END, 1,
                'ProtocolDriven', 'OnCompletion', (p."ActivatedAt" AT TIME ZONE 'Europe/Amsterdam')::date, true, true, true, '{}',
                p."TherapistId", p."ActivatedAt",
                CASE WHEN ended THEN 'Ended' ELSE 'Active' END,
                CASE WHEN ended THEN p."ActivatedAt" + interval '90 days' END,
                CASE WHEN ended THEN (ARRAY['Completed', 'Completed', 'Completed', 'StoppedEarly', 'SteppedUp'])[1 + abs(hashtext(p."Id"::text)) % 5] END,
                CASE WHEN ended AND abs(hashtext(p."Id"::text)) % 5 >= 3 THEN 'Bench.' END,
                CASE WHEN ended THEN p."TherapistId" END
            FROM "Patients" p
            CROSS JOIN LATERAL (SELECT p."ActivatedAt" < {{anchor}} - interval '100 days' AS ended) e
            WHERE p."ActivatedAt" IS NOT NULL
            """);
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO "Submissions" ("Id", "PatientId", "ModuleId", "FeedbackMomentId", "SnapshotJson", "SubmittedAt", "Feedback",
                "FeedbackByUserId", "FeedbackAt", "FeedbackReleasedAt", "Version")
            SELECT gen_random_uuid(), e."PatientId", 'bench-module', 'bench-moment', '{}', s.at, 'Bench feedback.',
                e."EnrolledByUserId", s.at + s.delay, s.at + s.delay, 1
            FROM "Enrolments" e
            CROSS JOIN generate_series(1, 4) k
            CROSS JOIN LATERAL (SELECT e."EnrolledAt" + k * interval '14 days' AS at, floor(random() * 6) * interval '1 day' AS delay) s
            WHERE s.at < {{anchor}}
            """);
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO "TimeEntries" ("Id", "OrganisationId", "TherapistId", "PatientId", "Day", "Kind", "Seconds", "CreatedAt", "LastBeatAt")
            SELECT gen_random_uuid(), p."OrganisationId", p."TherapistId", p."Id", (w.at AT TIME ZONE 'Europe/Amsterdam')::date, 'Phone', 900, w.at, w.at
            FROM "Enrolments" e
            JOIN "Patients" p ON p."Id" = e."PatientId"
            CROSS JOIN generate_series(0, 7) k
            CROSS JOIN LATERAL (SELECT e."EnrolledAt" + k * interval '7 days' AS at) w
            WHERE w.at < {{anchor}}
            """);
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO "SymptomEntries" ("Id", "PatientId", "Day", "Pain", "Fatigue", "RecordedAt")
            SELECT gen_random_uuid(), p."Id", (p."CreatedAt" AT TIME ZONE 'Europe/Amsterdam')::date + d, floor(random() * 11)::int,
                floor(random() * 11)::int, p."CreatedAt" + d * interval '1 day'
            FROM "Patients" p
            CROSS JOIN generate_series(1, {{days}}) d
            """);
    }
}
