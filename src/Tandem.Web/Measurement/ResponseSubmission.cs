using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Measurement;

/// <summary>
/// The one way a response is submitted: it is scored, the request it answers is completed, alerts are raised, and
/// all of it is audited in the caller's unit of work (the caller saves once).
/// </summary>
public sealed class ResponseSubmission(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<InstrumentScore>> SubmitAsync(Viewer viewer, Patient patient, InstrumentResponse response, Instrument instrument, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(response);
        var now = clock.GetUtcNow();
        var scores = response.Submit(instrument, now);
        db.InstrumentScores.AddRange(scores);
        if (response.RequestId is { } requestId && await db.MeasurementRequests.FindAsync([requestId], cancellationToken) is { } request)
        {
            request.Complete(response, now);
        }

        audit.Record(viewer, patient, AuditAction.Create, nameof(InstrumentResponse), response.Id.ToString());
        return scores;
    }
}
