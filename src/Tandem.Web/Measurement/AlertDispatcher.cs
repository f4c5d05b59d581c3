using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Measurement;
using Tandem.Web.Data;

namespace Tandem.Web.Measurement;

/// <summary>What one pass did.</summary>
public sealed record AlertPass(int Escalated, int Sent, int Retrying, int Failed);

/// <summary>
/// One pass of the alert job: escalate the alerts nobody acknowledged in time (once each: the alert's concurrency
/// token lets one node win), then claim and send the pending alert e-mails (the outbox). Safe on several nodes and
/// after a crash. Logs ids and error types only, never health data.
/// </summary>
public sealed partial class AlertDispatcher(
    AppDbContext db, AlertMail mail, TimeProvider clock, IOptions<AlertOptions> options, ILogger<AlertDispatcher> logger)
{
    private AlertOptions Settings => options.Value;

    public async Task<AlertPass> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var escalated = await EscalateAsync(now, ct);
        var outcomes = await SendDueAsync(now, ct);
        return new AlertPass(
            escalated,
            outcomes.Count(o => o == AlertMailStatus.Sent),
            outcomes.Count(o => o == AlertMailStatus.Pending),
            outcomes.Count(o => o == AlertMailStatus.Failed));
    }

    private async Task<int> EscalateAsync(DateTimeOffset now, CancellationToken ct)
    {
        var raisedBefore = now - Settings.EscalateAfter;
        var due = await db.MeasurementAlerts
            .Where(a => a.AcknowledgedAt == null && a.EscalatedAt == null && a.RaisedAt <= raisedBefore)
            .OrderBy(a => a.RaisedAt)
            .Select(a => a.Id)
            .Take(Settings.BatchSize)
            .ToListAsync(ct);

        var escalated = 0;
        foreach (var id in due)
        {
            var alert = await db.MeasurementAlerts.SingleAsync(a => a.Id == id, ct);
            if (!alert.EscalationDue(now, Settings.EscalateAfter))
            {
                continue;
            }

            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == alert.PatientId, ct);
            var already = await db.AlertRecipients.Where(r => r.AlertId == id).Select(r => r.UserId).ToListAsync(ct);
            var supervisors = (await AlertRouting.SupervisorsAsync(db, patient, ct)).Except(already).ToList();
            alert.Escalate(now);
            db.AlertRecipients.AddRange(supervisors.Select(s => new AlertRecipient(id, s, AlertReason.Supervisor, now)));
            try
            {
                await db.SaveChangesAsync(ct);
                escalated++;
                if (supervisors.Count == 0)
                {
                    LogNoSupervisor(logger, id);
                }
            }
            catch (DbUpdateException)
            {
                // Another node escalated it, or it was acknowledged meanwhile: the concurrency token refused ours.
                db.ChangeTracker.Clear();
            }
        }

        return escalated;
    }

    private async Task<List<AlertMailStatus>> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var leaseExpired = now - Settings.Lease;
        var due = await db.AlertRecipients
            .Where(r => r.MailStatus == AlertMailStatus.Pending || (r.MailStatus == AlertMailStatus.Sending && r.MailClaimedAt <= leaseExpired))
            .OrderBy(r => r.AddedAt)
            .Select(r => r.Id)
            .Take(Settings.BatchSize)
            .ToListAsync(ct);

        var outcomes = new List<AlertMailStatus>(due.Count);
        foreach (var id in due)
        {
            var token = Guid.NewGuid();
            if (await ClaimAsync(id, token, now, leaseExpired, ct))
            {
                outcomes.Add(await SendAsync(id, token, ct));
            }
        }

        return outcomes;
    }

    /// <summary>Pending (or a dead node's claim) → Sending, in one conditional update: exactly one claimer wins.</summary>
    private async Task<bool> ClaimAsync(Guid id, Guid token, DateTimeOffset now, DateTimeOffset leaseExpired, CancellationToken ct) =>
        await db.AlertRecipients
            .Where(r => r.Id == id
                && (r.MailStatus == AlertMailStatus.Pending || (r.MailStatus == AlertMailStatus.Sending && r.MailClaimedAt <= leaseExpired)))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.MailStatus, AlertMailStatus.Sending)
                    .SetProperty(r => r.MailClaimedAt, now)
                    .SetProperty(r => r.MailClaimToken, token)
                    .SetProperty(r => r.MailAttempts, r => r.MailAttempts + 1),
                ct) == 1;

    private async Task<AlertMailStatus> SendAsync(Guid id, Guid token, CancellationToken ct)
    {
        var recipient = await (
                from r in db.AlertRecipients
                where r.Id == id
                join u in db.Users on r.UserId equals u.Id
                select new { u.Email, u.Language, u.DisabledAt, r.MailAttempts })
            .SingleAsync(ct);
        if (recipient.DisabledAt is not null || recipient.Email is not { Length: > 0 } email)
        {
            return await SettleAsync(id, token, AlertMailStatus.Failed, ct);
        }

        try
        {
            await mail.SendAsync(email, recipient.Language, ct);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogSendFailed(logger, id, recipient.MailAttempts, failure.GetType().Name);
            return await SettleAsync(id, token, recipient.MailAttempts >= Settings.MaxMailAttempts ? AlertMailStatus.Failed : AlertMailStatus.Pending, ct);
        }

        return await SettleAsync(id, token, AlertMailStatus.Sent, ct);
    }

    /// <summary>Ends our claim; a claim taken over after its lease changes nothing.</summary>
    private async Task<AlertMailStatus> SettleAsync(Guid id, Guid token, AlertMailStatus status, CancellationToken ct)
    {
        DateTimeOffset? sentAt = status == AlertMailStatus.Sent ? clock.GetUtcNow() : null;
        await db.AlertRecipients
            .Where(r => r.Id == id && r.MailClaimToken == token)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.MailStatus, status)
                    .SetProperty(r => r.MailSentAt, sentAt)
                    .SetProperty(r => r.MailClaimedAt, (DateTimeOffset?)null)
                    .SetProperty(r => r.MailClaimToken, (Guid?)null),
                ct);
        return status;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert e-mail {RecipientId} attempt {Attempt} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, Guid recipientId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertId} escalated, but its patient's team and site have no supervisor")]
    private static partial void LogNoSupervisor(ILogger logger, Guid alertId);
}
