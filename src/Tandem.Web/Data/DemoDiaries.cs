using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Diaries;

namespace Tandem.Web.Data;

/// <summary>
/// Three weeks of plausible diaries for two demo patients: Lotte (CFS: regular nights, a graded walking target,
/// a good last week so Tandem proposes a step up) and Daan (chronic pain: pain and fatigue ratings and a
/// difficult last week, so the proposal keeps the level). Fixed patterns, no randomness, so demos repeat.
/// </summary>
public static class DemoDiaries
{
    private const int Days = 21;

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now)
    {
        var today = ClinicCalendar.DateOf(now);
        var lotte = await db.Patients.SingleOrDefaultAsync(p => p.Email == "lotte@demo.tandem.nl");
        var daan = await db.Patients.SingleOrDefaultAsync(p => p.Email == "daan@demo.tandem.nl");
        if (lotte is null || daan is null)
        {
            return;
        }

        int[] lotteWalks = [10, 12, 0, 11, 13, 10, 12, 15, 16, 14, 0, 15, 17, 16, 17, 18, 16, 17, 0, 19, 18];
        int[] lotteFatigue = [8, 8, 9, 7, 8, 7, 7, 7, 6, 7, 8, 6, 6, 7, 6, 6, 5, 6, 7, 5, 6];
        int[] daanWalks = [15, 20, 20, 0, 22, 20, 18, 20, 21, 0, 20, 22, 20, 20, 10, 0, 20, 12, 0, 15, 20];
        int[] daanPain = [6, 6, 7, 8, 6, 5, 6, 5, 5, 7, 6, 5, 5, 4, 7, 8, 6, 7, 8, 6, 5];
        for (var i = 0; i < Days; i++)
        {
            var day = today.AddDays(i - Days);
            var at = ClinicStart(day).AddHours(20);

            var night = new SleepWakeEntry(lotte.Id, day, at);
            var late = i % 7 == 5; // a later Saturday night
            night.Record(new TimeOnly(late ? 23 : 22, 45), new TimeOnly(late ? 23 : 23, late ? 50 : 20), new TimeOnly(7, i % 3 == 0 ? 10 : 0),
                new TimeOnly(7, 30), Math.Max(0, 90 - (i * 4)), null, at);
            db.SleepWakeEntries.Add(night);
            Activity(db, lotte.Id, day, "Walking", lotteWalks[i], at);
            Symptoms(db, lotte.Id, day, null, lotteFatigue[i], at);

            Activity(db, daan.Id, day, "Cycling", daanWalks[i], at);
            Symptoms(db, daan.Id, day, daanPain[i], Math.Min(10, daanPain[i] + 1), at, daanPain[i] >= 8 ? "Bad night, stayed in." : null);
        }

        // Lotte: baseline 10 minutes three weeks ago, stepped up to 15 after the second week; Daan: 20 minutes, step 2.
        var lotteTarget = ActivityTarget.For(lotte.Id);
        lotteTarget.Set(10, IncrementKind.Percent, 10, 7, today.AddDays(-Days), lotte.TherapistId, now.AddDays(-Days));
        lotteTarget.Accept(new TargetProposal(15, StepsUp: true, 6, 7, 5), today.AddDays(-7), lotte.TherapistId, now.AddDays(-7));
        var daanTarget = ActivityTarget.For(daan.Id);
        daanTarget.Set(20, IncrementKind.Minutes, 2, 7, today.AddDays(-7), daan.TherapistId, now.AddDays(-7));
        db.ActivityTargets.AddRange(lotteTarget, daanTarget);
        await db.SaveChangesAsync();
    }

    private static void Activity(AppDbContext db, Guid patientId, DateOnly day, string what, int minutes, DateTimeOffset at)
    {
        var entry = new ActivityEntry(patientId, day, at);
        entry.Record(what, minutes, minutes == 0 ? "Rest day." : null, at);
        db.ActivityEntries.Add(entry);
    }

    private static void Symptoms(AppDbContext db, Guid patientId, DateOnly day, int? pain, int? fatigue, DateTimeOffset at, string? note = null)
    {
        var entry = new SymptomEntry(patientId, day, at);
        entry.Record(pain, fatigue, note, at);
        db.SymptomEntries.Add(entry);
    }

    private static DateTimeOffset ClinicStart(DateOnly day) => Infrastructure.ClinicTime.StartOfDay(day);
}
