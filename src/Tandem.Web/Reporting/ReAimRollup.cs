using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain;
using Tandem.Domain.Guidance;
using Tandem.Domain.Measurement;
using Tandem.Domain.Reporting;
using Tandem.Domain.Treatment;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Guidance;

namespace Tandem.Web.Reporting;

/// <summary>
/// Recomputes the RE-AIM roll-up (<see cref="ReAimMonth"/>) from the platform's events, in full, and swaps it in one
/// transaction, so the dashboard never shows a half-computed month. Each fact lands in the month it happened, under the
/// patient's current therapist, team and site and their programme. Definitions in docs/reports.md.
/// </summary>
public sealed partial class ReAimRollup(
    AppDbContext db, InstrumentCatalog instruments, IOptions<GuidanceOptions> guidance, IOptions<ReportingOptions> options,
    TimeProvider clock, ILogger<ReAimRollup> logger)
{
    private sealed record PatientFacts(Guid Id, Guid OrganisationId, Guid SiteId, Guid TeamId, Guid TherapistId, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt);

    private sealed record EnrolmentFacts(
        Guid Id, Guid PatientId, string ProgrammeId, DateOnly StartsOn, DateTimeOffset EnrolledAt, GuidanceMode Guidance, DateTimeOffset? EndedAt, TreatmentEnding? Ending);

    private readonly Dictionary<(DateOnly Month, Guid Therapist, string Programme), ReAimMonth> _rows = [];
    private DateTimeOffset _now;

    /// <summary>Recomputes every organisation's roll-up and returns the number of rows written.</summary>
    public async Task<int> RefreshAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        _rows.Clear();
        _now = clock.GetUtcNow();
        var today = ClinicCalendar.DateOf(_now);

        var patients = (await db.Patients.AsNoTracking()
                .Select(p => new PatientFacts(p.Id, p.OrganisationId, p.SiteId, p.TeamId, p.TherapistId, p.CreatedAt, p.ActivatedAt))
                .ToListAsync(ct))
            .ToDictionary(p => p.Id);
        var enrolments = await db.Enrolments.AsNoTracking()
            .Select(e => new EnrolmentFacts(e.Id, e.PatientId, e.ProgrammeId, e.StartsOn, e.EnrolledAt, e.Guidance, e.EndedAt, e.Ending))
            .ToListAsync(ct);
        var byPatient = enrolments.ToLookup(e => e.PatientId);
        var latest = byPatient.ToDictionary(g => g.Key, g => g.MaxBy(e => e.EnrolledAt)!);
        string ProgrammeOf(Guid patientId) => latest.TryGetValue(patientId, out var e) ? e.ProgrammeId : "";

        CountReach(patients.Values, byPatient, today, ProgrammeOf);
        CountEndings(patients, enrolments);
        await CountFeedbackAsync(patients, latest, today, ct);
        await CountTimeAsync(patients, ProgrammeOf, ct);
        await CountAdaptationsAsync(patients, enrolments, ct);
        await CountSteppedCareAsync(patients, enrolments, ct);
        await CountActivityAsync(patients, ProgrammeOf, ct);
        await CountOutcomesAsync(patients, enrolments, ct);

        var rows = _rows.Values.Where(r => !r.IsEmpty).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.ReAimMonths.ExecuteDeleteAsync(ct);
            foreach (var chunk in rows.Chunk(2_000))
            {
                db.ReAimMonths.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(ct);
        });

        LogRefreshed(logger, rows.Count, watch.ElapsedMilliseconds);
        return rows.Count;
    }

    /// <summary>Invited, started and not started (of those invited) per patient; a treatment starts on its start day once the patient has an account.</summary>
    private void CountReach(IEnumerable<PatientFacts> patients, ILookup<Guid, EnrolmentFacts> enrolments, DateOnly today, Func<Guid, string> programmeOf)
    {
        foreach (var patient in patients)
        {
            var first = enrolments[patient.Id].MinBy(e => e.EnrolledAt);
            var start = first is null || patient.ActivatedAt is not { } activated ? (DateOnly?)null
                : Later(first.StartsOn, ClinicCalendar.DateOf(activated));
            var started = start is { } day && day <= today;
            var invited = Row(patient, ClinicCalendar.DateOf(patient.CreatedAt), programmeOf(patient.Id));
            invited.Invited++;
            if (!started)
            {
                invited.NotStarted++;
                invited.NoAccount += patient.ActivatedAt is null ? 1 : 0;
                continue;
            }

            Row(patient, start!.Value, first!.ProgrammeId).Started++;
        }
    }

    private void CountEndings(IReadOnlyDictionary<Guid, PatientFacts> patients, IEnumerable<EnrolmentFacts> enrolments)
    {
        foreach (var e in enrolments)
        {
            if (e.EndedAt is not { } ended || !patients.TryGetValue(e.PatientId, out var patient))
            {
                continue;
            }

            var row = Row(patient, ClinicCalendar.DateOf(ended), e.ProgrammeId);
            switch (e.Ending)
            {
                case TreatmentEnding.Completed: row.Completed++; break;
                case TreatmentEnding.StoppedEarly: row.StoppedEarly++; break;
                case TreatmentEnding.SteppedUp: row.SteppedUpEnding++; break;
                default: row.OtherEnding++; break;
            }
        }
    }

    /// <summary>
    /// Feedback that reached the patient, by working days from sending, against the site's deadline (its own feedback
    /// working days, else <c>Guidance:FeedbackWorkingDays</c>). Feedback on demand
    /// has no deadline and is left out, as on the worklist.
    /// </summary>
    private async Task CountFeedbackAsync(
        IReadOnlyDictionary<Guid, PatientFacts> patients, IReadOnlyDictionary<Guid, EnrolmentFacts> latest, DateOnly today, CancellationToken ct)
    {
        var settings = guidance.Value;
        var sent = await db.Submissions.AsNoTracking()
            .Where(s => s.FeedbackReleasedAt != null)
            .Select(s => new { s.PatientId, s.SubmittedAt, Released = s.FeedbackReleasedAt!.Value })
            .ToListAsync(ct);
        var siteIds = patients.Values.Select(p => p.SiteId).Distinct().ToList();
        var calendars = await WorkingCalendars.ForSitesAsync(db, settings, siteIds, ct);
        var deadlines = await WorkingCalendars.FeedbackDaysAsync(db, settings, siteIds, ct);
        foreach (var s in sent)
        {
            if (!patients.TryGetValue(s.PatientId, out var patient)
                || !latest.TryGetValue(s.PatientId, out var enrolment) || enrolment.Guidance == GuidanceMode.OnDemand)
            {
                continue;
            }

            var calendar = calendars[patient.SiteId];
            var sentOn = ClinicCalendar.DateOf(s.SubmittedAt);
            var releasedOn = ClinicCalendar.DateOf(s.Released);
            var row = Row(patient, releasedOn, enrolment.ProgrammeId);
            row.FeedbackGiven++;
            row.FeedbackOnTime += releasedOn <= FeedbackDeadline.For(sentOn, deadlines[patient.SiteId], calendar, today).Due ? 1 : 0;
            row.FeedbackDays[FeedbackTimes.Bucket(releasedOn > sentOn ? calendar.WorkingDaysBetween(sentOn, releasedOn) : 0)]++;
        }
    }

    private async Task CountTimeAsync(IReadOnlyDictionary<Guid, PatientFacts> patients, Func<Guid, string> programmeOf, CancellationToken ct)
    {
        var months = await db.TimeEntries.AsNoTracking()
            .GroupBy(t => new { t.PatientId, t.Day.Year, t.Day.Month })
            .Select(g => new { g.Key.PatientId, g.Key.Year, g.Key.Month, Seconds = g.Sum(t => t.Seconds) })
            .ToListAsync(ct);
        foreach (var m in months)
        {
            if (patients.TryGetValue(m.PatientId, out var patient))
            {
                var row = Row(patient, new DateOnly(m.Year, m.Month, 1), programmeOf(m.PatientId));
                row.TherapistSeconds += m.Seconds;
                row.PatientsWithTime++;
            }
        }
    }

    /// <summary>Changes to a patient's plan, except opening a module (the protocol's own progression).</summary>
    private async Task CountAdaptationsAsync(IReadOnlyDictionary<Guid, PatientFacts> patients, IEnumerable<EnrolmentFacts> enrolments, CancellationToken ct)
    {
        var owners = enrolments.ToDictionary(e => e.Id);
        var logged = await db.Adaptations.AsNoTracking()
            .Where(a => a.Kind != AdaptationKind.Unlocked)
            .Select(a => new { a.EnrolmentId, a.At })
            .ToListAsync(ct);
        foreach (var a in logged)
        {
            if (owners.TryGetValue(a.EnrolmentId, out var e) && patients.TryGetValue(e.PatientId, out var patient))
            {
                Row(patient, ClinicCalendar.DateOf(a.At), e.ProgrammeId).Adaptations++;
            }
        }
    }

    /// <summary>The latest stepped-care decision of each treatment, in the month it was made: eligible, and stepped up.</summary>
    private async Task CountSteppedCareAsync(IReadOnlyDictionary<Guid, PatientFacts> patients, IEnumerable<EnrolmentFacts> enrolments, CancellationToken ct)
    {
        var owners = enrolments.ToDictionary(e => e.Id);
        var decisions = await db.SteppedCareDecisions.AsNoTracking()
            .Select(d => new { d.EnrolmentId, d.DecidedAt, d.Eligibility, d.Decision })
            .ToListAsync(ct);
        foreach (var d in decisions.GroupBy(d => d.EnrolmentId).Select(g => g.MaxBy(d => d.DecidedAt)!))
        {
            if (!owners.TryGetValue(d.EnrolmentId, out var e) || !patients.TryGetValue(e.PatientId, out var patient))
            {
                continue;
            }

            var row = Row(patient, ClinicCalendar.DateOf(d.DecidedAt), e.ProgrammeId);
            var eligible = d.Eligibility == Eligibility.Eligible;
            var steppedUp = d.Decision == StepUpDecision.StepUp;
            row.StepUpEligible += eligible ? 1 : 0;
            row.SteppedUp += steppedUp ? 1 : 0;
            row.SteppedUpEligible += eligible && steppedUp ? 1 : 0;
        }
    }

    /// <summary>Patients active in a month: a diary kept, work sent or a questionnaire answered.</summary>
    private async Task CountActivityAsync(IReadOnlyDictionary<Guid, PatientFacts> patients, Func<Guid, string> programmeOf, CancellationToken ct)
    {
        var active = new HashSet<(Guid Patient, int Month)>();
        static int Index(int year, int month) => (year * 12) + month - 1;
        var diaries = db.SymptomEntries.Select(e => new { e.PatientId, e.Day.Year, e.Day.Month })
            .Union(db.ActivityEntries.Select(e => new { e.PatientId, e.Day.Year, e.Day.Month }))
            .Union(db.SleepWakeEntries.Select(e => new { e.PatientId, e.Day.Year, e.Day.Month }));
        await foreach (var d in diaries.AsAsyncEnumerable().WithCancellation(ct))
        {
            active.Add((d.PatientId, Index(d.Year, d.Month)));
        }

        var sent = await db.Submissions.AsNoTracking().Select(s => new { s.PatientId, At = s.SubmittedAt })
            .Concat(db.InstrumentResponses.AsNoTracking().Where(r => r.SubmittedAt != null).Select(r => new { r.PatientId, At = r.SubmittedAt!.Value }))
            .ToListAsync(ct);
        foreach (var s in sent)
        {
            var day = ClinicCalendar.DateOf(s.At);
            active.Add((s.PatientId, Index(day.Year, day.Month)));
        }

        foreach (var (patientId, month) in active)
        {
            if (patients.TryGetValue(patientId, out var patient))
            {
                Row(patient, new DateOnly(month / 12, (month % 12) + 1, 1), programmeOf(patientId)).ActivePatients++;
            }
        }
    }

    /// <summary>Each ended treatment's change on its programme's primary outcome, in the month it ended.</summary>
    private async Task CountOutcomesAsync(IReadOnlyDictionary<Guid, PatientFacts> patients, IEnumerable<EnrolmentFacts> enrolments, CancellationToken ct)
    {
        foreach (var (programmeId, outcome) in options.Value.PrimaryOutcomes)
        {
            if (PrimaryScale(outcome) is not { } primary)
            {
                continue;
            }

            var ended = enrolments.Where(e => e.ProgrammeId == programmeId && e.EndedAt is not null).ToList();
            if (ended.Count == 0)
            {
                continue;
            }

            var (instrumentId, scaleId) = (primary.Instrument.Id, primary.Scale.Id);
            var scores = (await db.InstrumentScores.AsNoTracking()
                    .Where(s => s.InstrumentId == instrumentId && s.ScaleId == scaleId)
                    .Select(s => new { s.PatientId, s.EffectiveAt, s.Value })
                    .ToListAsync(ct))
                .ToLookup(s => s.PatientId, s => (s.EffectiveAt, s.Value));
            foreach (var e in ended)
            {
                if (patients.TryGetValue(e.PatientId, out var patient)
                    && TreatmentOutcome.Pair(scores[e.PatientId], e.EnrolledAt, e.EndedAt!.Value) is { } pair)
                {
                    TreatmentOutcome.Count(Row(patient, ClinicCalendar.DateOf(e.EndedAt!.Value), programmeId), primary.Scale, pair.Before, pair.After);
                }
            }
        }
    }

    /// <summary>The instrument and scale an "instrument/scale" setting names, if both are known.</summary>
    public (Instrument Instrument, Scale Scale)? PrimaryScale(string outcome)
    {
        var parts = outcome.Split('/', 2);
        return parts.Length == 2 && instruments.Find(parts[0]) is { } instrument && instrument.FindScale(parts[1]) is { } scale
            ? (instrument, scale)
            : null;
    }

    private ReAimMonth Row(PatientFacts patient, DateOnly day, string programmeId)
    {
        var key = (new DateOnly(day.Year, day.Month, 1), patient.TherapistId, programmeId);
        if (!_rows.TryGetValue(key, out var row))
        {
            row = new ReAimMonth(key.Item1, patient.OrganisationId, patient.SiteId, patient.TeamId, patient.TherapistId, programmeId, _now);
            _rows.Add(key, row);
        }

        return row;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "RE-AIM roll-up recomputed: {Rows} rows in {Milliseconds} ms")]
    private static partial void LogRefreshed(ILogger logger, int rows, long milliseconds);
}
