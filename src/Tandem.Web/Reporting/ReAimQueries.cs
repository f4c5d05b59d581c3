using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Reporting;
using Tandem.Domain.Training;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Reporting;

/// <summary>The dashboard's reads: roll-up rows of a unit, and the figures that are not rolled up (referrals, adoption).</summary>
public static class ReAimQueries
{
    /// <summary>
    /// The unit's roll-up summed per month, programme and child unit (the breakdown's level: sites of an organisation,
    /// teams of a site, therapists of a team) within the months given, feedback histograms included: one pass in which
    /// the database adds up at most months × programmes × children rows.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid Child, ReAimMonth Sums)>> SumsAsync(
        AppDbContext db, ReportUnit unit, string? programmeId, DateOnly firstMonth, DateOnly lastMonth, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        // The child column is chosen here, not in SQL, so the database groups by a plain column.
        var rows = Of(db.ReAimMonths.AsNoTracking(), unit, programmeId, firstMonth, lastMonth);
        var keyed = unit.Level switch
        {
            UnitLevel.Organisation => rows.Select(r => new { Row = r, Child = r.SiteId }),
            UnitLevel.Site => rows.Select(r => new { Row = r, Child = r.TeamId }),
            _ => rows.Select(r => new { Row = r, Child = r.TherapistId }),
        };
        var sums = await keyed
            .GroupBy(x => new { x.Row.Month, x.Row.ProgrammeId, x.Child }, x => x.Row)
            .Select(g => new
            {
                g.Key,
                Invited = g.Sum(r => r.Invited),
                NotStarted = g.Sum(r => r.NotStarted),
                NoAccount = g.Sum(r => r.NoAccount),
                Started = g.Sum(r => r.Started),
                Completed = g.Sum(r => r.Completed),
                StoppedEarly = g.Sum(r => r.StoppedEarly),
                SteppedUpEnding = g.Sum(r => r.SteppedUpEnding),
                OtherEnding = g.Sum(r => r.OtherEnding),
                FeedbackGiven = g.Sum(r => r.FeedbackGiven),
                FeedbackOnTime = g.Sum(r => r.FeedbackOnTime),
                TherapistSeconds = g.Sum(r => r.TherapistSeconds),
                PatientsWithTime = g.Sum(r => r.PatientsWithTime),
                Adaptations = g.Sum(r => r.Adaptations),
                StepUpEligible = g.Sum(r => r.StepUpEligible),
                SteppedUp = g.Sum(r => r.SteppedUp),
                SteppedUpEligible = g.Sum(r => r.SteppedUpEligible),
                ActivePatients = g.Sum(r => r.ActivePatients),
                Outcomes = g.Sum(r => r.Outcomes),
                Improved = g.Sum(r => r.Improved),
                Recovered = g.Sum(r => r.Recovered),
                Deteriorated = g.Sum(r => r.Deteriorated),
                ChangeSum = g.Sum(r => r.ChangeSum),
                ChangeSquares = g.Sum(r => r.ChangeSquares),
                Day0 = g.Sum(r => r.FeedbackDays.Day0),
                Day1 = g.Sum(r => r.FeedbackDays.Day1),
                Day2 = g.Sum(r => r.FeedbackDays.Day2),
                Day3 = g.Sum(r => r.FeedbackDays.Day3),
                Day4 = g.Sum(r => r.FeedbackDays.Day4),
                Day5 = g.Sum(r => r.FeedbackDays.Day5),
                Day6 = g.Sum(r => r.FeedbackDays.Day6),
                Day7 = g.Sum(r => r.FeedbackDays.Day7),
                Day8 = g.Sum(r => r.FeedbackDays.Day8),
                Day9 = g.Sum(r => r.FeedbackDays.Day9),
                Day10OrMore = g.Sum(r => r.FeedbackDays.Day10OrMore),
            })
            .ToListAsync(ct);
        return [.. sums.Select(s =>
        {
            var month = new ReAimMonth(s.Key.Month, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, s.Key.ProgrammeId, DateTimeOffset.MinValue)
            {
                Invited = s.Invited, NotStarted = s.NotStarted, NoAccount = s.NoAccount, Started = s.Started, Completed = s.Completed,
                StoppedEarly = s.StoppedEarly, SteppedUpEnding = s.SteppedUpEnding, OtherEnding = s.OtherEnding,
                FeedbackGiven = s.FeedbackGiven, FeedbackOnTime = s.FeedbackOnTime, TherapistSeconds = s.TherapistSeconds,
                PatientsWithTime = s.PatientsWithTime, Adaptations = s.Adaptations, StepUpEligible = s.StepUpEligible,
                SteppedUp = s.SteppedUp, SteppedUpEligible = s.SteppedUpEligible, ActivePatients = s.ActivePatients,
                Outcomes = s.Outcomes, Improved = s.Improved, Recovered = s.Recovered, Deteriorated = s.Deteriorated,
                ChangeSum = s.ChangeSum, ChangeSquares = s.ChangeSquares,
            };
            (month.FeedbackDays.Day0, month.FeedbackDays.Day1, month.FeedbackDays.Day2, month.FeedbackDays.Day3) = (s.Day0, s.Day1, s.Day2, s.Day3);
            (month.FeedbackDays.Day4, month.FeedbackDays.Day5, month.FeedbackDays.Day6, month.FeedbackDays.Day7) = (s.Day4, s.Day5, s.Day6, s.Day7);
            (month.FeedbackDays.Day8, month.FeedbackDays.Day9, month.FeedbackDays.Day10OrMore) = (s.Day8, s.Day9, s.Day10OrMore);
            return (s.Key.Child, month);
        })];
    }

    /// <summary>When the roll-up was last recomputed (every row of one recomputation has the same time); null before the first.</summary>
    public static Task<DateTimeOffset?> ComputedAtAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ReAimMonths.Select(r => (DateTimeOffset?)r.ComputedAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>Referrals received through the sites' public forms in the period; null below site level (they belong to no team).</summary>
    public static async Task<int?> ReferralsAsync(AppDbContext db, ReportUnit unit, DateOnly firstMonth, DateOnly lastMonth, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var id = unit.Id;
        var referrals = unit.Level switch
        {
            UnitLevel.Organisation => db.Referrals.Where(r => r.OrganisationId == id),
            UnitLevel.Site => db.Referrals.Where(r => r.SiteId == id),
            _ => null,
        };
        if (referrals is null)
        {
            return null;
        }

        // Counted in memory: SQLite cannot compare date-time offsets in SQL, and referrals are few.
        var (from, until) = (ClinicTime.StartOfDay(firstMonth), ClinicTime.StartOfDay(lastMonth.AddMonths(1)));
        var received = await referrals.AsNoTracking().Select(r => r.ReceivedAt).ToListAsync(ct);
        return received.Count(at => at >= from && at < until);
    }

    /// <summary>When the unit went live: its site's go-live date, or for an organisation its earliest site's; null when none is set.</summary>
    public static async Task<DateOnly?> GoLiveAsync(AppDbContext db, ReportUnit unit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var id = unit.Id;
        var sites = unit.Level switch
        {
            UnitLevel.Organisation => db.Sites.Where(s => s.OrganisationId == id),
            UnitLevel.Site => db.Sites.Where(s => s.Id == id),
            UnitLevel.Team => db.Sites.Where(s => db.Teams.Any(t => t.Id == id && t.SiteId == s.Id)),
            _ => db.Sites.Where(s => db.Users.Any(u => u.Id == id && u.SiteId == s.Id)),
        };
        return await sites.MinAsync(s => s.GoLiveOn, ct);
    }

    /// <summary>
    /// The unit's therapists (accounts in use), how many completed the eCoach training by the period's end, and how many
    /// guided patients in the period (gave feedback or registered time on a patient).
    /// </summary>
    public static async Task<Adoption> AdoptionAsync(AppDbContext db, ReportUnit unit, DateOnly firstMonth, DateOnly lastMonth, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var id = unit.Id;
        var organisationId = await OrganisationOfAsync(db, unit, ct);
        var therapists = db.Therapists(organisationId);
        therapists = unit.Level switch
        {
            UnitLevel.Organisation => therapists,
            UnitLevel.Site => therapists.Where(u => u.SiteId == id),
            UnitLevel.Team => therapists.Where(u => u.TeamId == id),
            _ => therapists.Where(u => u.Id == id),
        };
        var ids = await therapists.Select(u => u.Id).ToListAsync(ct);
        var active = (await Of(db.ReAimMonths.AsNoTracking(), unit, null, firstMonth, lastMonth)
                .Where(r => r.FeedbackGiven > 0 || r.PatientsWithTime > 0)
                .Select(r => r.TherapistId).Distinct().ToListAsync(ct))
            .ToHashSet();
        // Completions are compared in memory: SQLite cannot compare date-time offsets in SQL.
        var periodEnd = ClinicTime.StartOfDay(lastMonth.AddMonths(1));
        var trained = (await db.CourseCompletions.AsNoTracking()
                .Where(c => c.CourseId == Course.ECoach && ids.Contains(c.StaffMemberId))
                .Select(c => new { c.StaffMemberId, c.CompletedAt })
                .ToListAsync(ct))
            .Where(c => c.CompletedAt < periodEnd)
            .Select(c => c.StaffMemberId)
            .ToHashSet();
        return new Adoption(
            ids.Count,
            ids.Count(trained.Contains),
            ids.Count(active.Contains),
            ids.Count(t => trained.Contains(t) && active.Contains(t)));
    }

    /// <summary>The roll-up rows of a unit (and programme, if given) in the months from <paramref name="firstMonth"/> to <paramref name="lastMonth"/>.</summary>
    private static IQueryable<ReAimMonth> Of(IQueryable<ReAimMonth> rows, ReportUnit unit, string? programmeId, DateOnly firstMonth, DateOnly lastMonth)
    {
        var id = unit.Id;
        rows = unit.Level switch
        {
            UnitLevel.Organisation => rows.Where(r => r.OrganisationId == id),
            UnitLevel.Site => rows.Where(r => r.SiteId == id),
            UnitLevel.Team => rows.Where(r => r.TeamId == id),
            _ => rows.Where(r => r.TherapistId == id),
        };
        rows = rows.Where(r => r.Month >= firstMonth && r.Month <= lastMonth);
        return programmeId is null ? rows : rows.Where(r => r.ProgrammeId == programmeId);
    }

    private static Task<Guid> OrganisationOfAsync(AppDbContext db, ReportUnit unit, CancellationToken ct)
    {
        var id = unit.Id;
        return unit.Level switch
        {
            UnitLevel.Organisation => Task.FromResult(id),
            UnitLevel.Site => db.Sites.Where(s => s.Id == id).Select(s => s.OrganisationId).SingleAsync(ct),
            UnitLevel.Team => db.Teams.Where(t => t.Id == id).Join(db.Sites, t => t.SiteId, s => s.Id, (t, s) => s.OrganisationId).SingleAsync(ct),
            _ => db.Users.Where(u => u.Id == id).Select(u => u.OrganisationId).SingleAsync(ct),
        };
    }
}
