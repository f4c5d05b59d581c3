using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Measurement;
using Tandem.Web.Data;

namespace Tandem.Web.Measurement;

/// <summary>
/// A submitted response as lists and charts show it: a corrected response is replaced by its latest correction,
/// which keeps the date the questionnaire was first sent (the period it describes).
/// </summary>
public sealed record MeasuredResponse(InstrumentResponse Response, DateTimeOffset TakenAt, bool Corrected, IReadOnlyList<InstrumentScore> Scores)
{
    public double? ScoreOf(string scaleId) => Scores.Where(s => s.ScaleId == scaleId).Select(s => (double?)s.Value).FirstOrDefault();
}

public static class MeasurementHistory
{
    /// <summary>The patient's submitted responses, corrections applied, oldest first. The caller checks scope and audits.</summary>
    public static async Task<IReadOnlyList<MeasuredResponse>> LoadAsync(AppDbContext db, Guid patientId, CancellationToken ct)
    {
        var responses = await db.InstrumentResponses.AsNoTracking().Where(r => r.PatientId == patientId && r.SubmittedAt != null).ToListAsync(ct);
        var scores = (await db.InstrumentScores.AsNoTracking().Where(s => s.PatientId == patientId).ToListAsync(ct)).ToLookup(s => s.ResponseId);
        var byId = responses.ToDictionary(r => r.Id);
        var superseded = responses.Where(r => r.CorrectsId is not null).Select(r => r.CorrectsId!.Value).ToHashSet();
        return [.. responses
            .Where(r => !superseded.Contains(r.Id))
            .Select(r => new MeasuredResponse(r, Original(r, byId).SubmittedAt!.Value, r.CorrectsId is not null, [.. scores[r.Id]]))
            .OrderBy(r => r.TakenAt)];
    }

    private static InstrumentResponse Original(InstrumentResponse response, Dictionary<Guid, InstrumentResponse> byId)
    {
        var original = response;
        for (var hops = 0; original.CorrectsId is { } id && byId.TryGetValue(id, out var earlier) && hops < byId.Count; hops++)
        {
            original = earlier;
        }

        return original;
    }
}
