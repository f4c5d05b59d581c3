using Tandem.Domain.Treatment;

namespace Tandem.Domain.Measurement;

/// <summary>
/// Which requests an enrolment's measurement schedule asks for. A request is created as soon as its window is known
/// (baseline at enrolment, after-module and end once that module or the treatment is completed, follow-ups with the end),
/// so it shows as upcoming until its window opens. Idempotent: an occasion's instrument is asked once per enrolment,
/// even if the earlier request was cancelled or moved.
/// </summary>
public static class MeasurementSchedule
{
    /// <summary>The occasion of a request a therapist asked for outside the schedule.</summary>
    public const string OnRequest = "on-request";

    /// <summary>The requests to create now; <paramref name="usable"/> says whether the organisation can ask an instrument.</summary>
    public static IReadOnlyList<MeasurementRequest> Due(
        Enrolment enrolment,
        IReadOnlyList<MeasurementOccasion> occasions,
        IEnumerable<MeasurementRequest> existing,
        Func<string, bool> usable,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        ArgumentNullException.ThrowIfNull(occasions);
        ArgumentNullException.ThrowIfNull(usable);
        var asked = existing.Where(r => r.EnrolmentId == enrolment.Id).Select(r => (r.Occasion, r.InstrumentId)).ToHashSet();
        var due = new List<MeasurementRequest>();
        foreach (var occasion in occasions)
        {
            if (Window(occasion, enrolment) is not var (from, until))
            {
                continue;
            }

            foreach (var instrument in occasion.Instruments.Where(i => usable(i) && asked.Add((occasion.Id, i))))
            {
                due.Add(new MeasurementRequest(enrolment.PatientId, instrument, occasion.Id, from, until, now, enrolmentId: enrolment.Id));
            }
        }

        return due;
    }

    /// <summary>The window of an occasion for this enrolment (first and last clinic day), or null while it is not known.</summary>
    public static (DateOnly From, DateOnly Until)? Window(MeasurementOccasion occasion, Enrolment enrolment)
    {
        ArgumentNullException.ThrowIfNull(occasion);
        var anchor = occasion.Anchor switch
        {
            OccasionAnchor.Start => enrolment.StartsOn,
            OccasionAnchor.AfterModule => CompletedOn(enrolment, occasion.AfterModule!),
            OccasionAnchor.End => EndOf(enrolment),
            _ => null,
        };
        if (anchor is not { } day)
        {
            return null;
        }

        var from = day.AddMonths(occasion.PlusMonths);
        return (from, from.AddDays(occasion.WindowDays - 1));
    }

    /// <summary>
    /// The clinic day treatment ended: the day the last module of the path was completed once every module in it is,
    /// or the day the enrolment was ended, whichever came first; null while treatment goes on.
    /// </summary>
    public static DateOnly? EndOf(Enrolment enrolment)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        var path = enrolment.Modules.Where(m => m.IsInPath).ToList();
        DateOnly? completed = path.Count > 0 && path.All(m => m.CompletedAt is not null)
            ? ClinicCalendar.DateOf(path.Max(m => m.CompletedAt!.Value))
            : null;
        DateOnly? ended = enrolment.EndedAt is { } at ? ClinicCalendar.DateOf(at) : null;
        return (completed, ended) switch
        {
            ({ } c, { } e) => c < e ? c : e,
            ({ } c, null) => c,
            (null, { } e) => e,
            _ => null,
        };
    }

    /// <summary>The clinic day a module (by module id, or by step id for a variant step) was completed.</summary>
    private static DateOnly? CompletedOn(Enrolment enrolment, string moduleOrStep) =>
        enrolment.Modules.FirstOrDefault(m => (m.ModuleId == moduleOrStep || m.StepId == moduleOrStep) && m.IsInPath && m.CompletedAt is not null)
            is { CompletedAt: { } at } ? ClinicCalendar.DateOf(at) : null;
}
