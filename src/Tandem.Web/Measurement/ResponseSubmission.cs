using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Measurement;

/// <summary>
/// The one way a response is submitted: it is scored, the request it answers is completed, alerts are raised, and
/// all of it is audited in the caller's unit of work (the caller saves once). The alert e-mails wait in the outbox
/// (<see cref="AlertRecipient"/>) for <see cref="AlertDispatcher"/>, so a mail server never blocks or fails a submit.
/// </summary>
public sealed class ResponseSubmission(AppDbContext db, AuditTrail audit, TimeProvider clock, IOptions<AlertOptions> alertOptions)
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
        await RaiseAlertsAsync(viewer, patient, response, instrument, scores, now, cancellationToken);
        return scores;
    }

    private async Task RaiseAlertsAsync(
        Viewer viewer, Patient patient, InstrumentResponse response, Instrument instrument, IReadOnlyList<InstrumentScore> scores, DateTimeOffset now, CancellationToken ct)
    {
        // Saved scores only: this response's scores are added above but not yet saved.
        var earlier = await db.InstrumentScores.AsNoTracking()
            .Where(s => s.PatientId == patient.Id && s.InstrumentId == instrument.Id && s.ResponseId != response.Id)
            .ToListAsync(ct);
        var alerts = AlertRules.For(instrument, response, scores, earlier, alertOptions.Value.ReliableDeterioration, now);
        if (alerts.Count == 0)
        {
            return;
        }

        var recipients = await AlertRouting.AtOnceAsync(db, patient, now, ct);
        foreach (var alert in alerts)
        {
            db.MeasurementAlerts.Add(alert);
            db.AlertRecipients.AddRange(recipients.Select(r => new AlertRecipient(alert.Id, r.UserId, r.Reason, now)));
            audit.Record(viewer, patient, AuditAction.Create, nameof(MeasurementAlert), alert.Id.ToString());
        }
    }
}
