using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Fhir;
using Tandem.Web.Infrastructure;
using Coding = Hl7.Fhir.Model.Coding;
using Questionnaire = Hl7.Fhir.Model.Questionnaire;

namespace Tandem.Web.Measurement;

/// <summary>An alert as a clinician reads it: whose, what raised it, and what was done about it.</summary>
public sealed record AlertView(
    Guid Id, Guid PatientId, string PatientName, AlertKind Kind, string InstrumentName,
    string? ItemId, string? ItemText, int? Answer, string? AnswerText, string? WordingLanguage,
    string? ScaleName, double? Baseline, double? Latest, double? ChangeIndex,
    DateTimeOffset RaisedAt, DateTimeOffset? EscalatedAt,
    DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, string? Note, bool MayAcknowledge)
{
    public bool IsOpen => AcknowledgedAt is null;
}

public enum AcknowledgeOutcome
{
    Acknowledged,
    AlreadyAcknowledged,
    NotAllowed,
    NotFound,
}

public sealed record AcknowledgeResult(AcknowledgeOutcome Outcome, string? By = null, DateTimeOffset? At = null);

/// <summary>
/// Reading and acknowledging alerts. A viewer sees an alert when its patient is in their scope
/// (<see cref="PatientAccess.VisibleTo(IQueryable{Patient}, Viewer)"/>) or when they received it (covering therapist, escalated supervisor);
/// otherwise it does not exist. Every read and write is audited in the caller's unit of work.
/// </summary>
public sealed class AlertDesk(AppDbContext db, AuditTrail audit, InstrumentCatalog catalog, TimeProvider clock)
{
    public const int TrailLength = 50;

    private sealed class Row
    {
        public required MeasurementAlert Alert { get; init; }
        public required Patient Patient { get; init; }
    }

    /// <summary>The viewer's open alerts and the latest ones acknowledged, as treating therapist, cover or escalated supervisor.</summary>
    public async Task<(IReadOnlyList<AlertView> Open, IReadOnlyList<AlertView> Acknowledged)> MineAsync(Viewer viewer, CancellationToken ct)
    {
        var mine = db.AlertRecipients.Where(r => r.UserId == viewer.UserId).Select(r => r.AlertId);
        var rows = Visible(viewer).AsNoTracking().Where(r => mine.Contains(r.Alert.Id));
        var open = await rows.Where(r => r.Alert.AcknowledgedAt == null).OrderBy(r => r.Alert.RaisedAt).ToListAsync(ct);
        var done = await rows.Where(r => r.Alert.AcknowledgedAt != null).OrderByDescending(r => r.Alert.AcknowledgedAt).Take(TrailLength).ToListAsync(ct);
        return (await ViewsAsync(viewer, open, ct), await ViewsAsync(viewer, done, ct));
    }

    /// <summary>One patient's alerts the viewer may see, newest first; null when there are none to see (404).</summary>
    public async Task<(Patient Patient, IReadOnlyList<AlertView> Alerts)?> ForPatientAsync(Viewer viewer, Guid patientId, CancellationToken ct)
    {
        var rows = await Visible(viewer).AsNoTracking().Where(r => r.Patient.Id == patientId).OrderByDescending(r => r.Alert.RaisedAt).ToListAsync(ct);
        if (rows.Count == 0)
        {
            var patient = await db.Patients.VisibleTo(viewer).AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, ct);
            if (patient is null)
            {
                return null;
            }

            audit.Record(viewer, patient, AuditAction.Read, nameof(MeasurementAlert));
            return (patient, []);
        }

        return (rows[0].Patient, await ViewsAsync(viewer, rows, ct));
    }

    /// <summary>How many open alerts the viewer received (for the navigation: a number, no patient).</summary>
    public Task<int> OpenCountAsync(Viewer viewer, CancellationToken ct)
    {
        var mine = db.AlertRecipients.Where(r => r.UserId == viewer.UserId).Select(r => r.AlertId);
        return Visible(viewer).CountAsync(r => r.Alert.AcknowledgedAt == null && mine.Contains(r.Alert.Id), ct);
    }

    /// <summary>
    /// How many open alerts a patient in the viewer's scope has (the record banner); audited as a read when the
    /// banner shows (the record read itself is audited by the record page).
    /// </summary>
    public async Task<int> OpenCountForAsync(Viewer viewer, Patient patient, CancellationToken ct)
    {
        var count = await db.MeasurementAlerts.CountAsync(a => a.PatientId == patient.Id && a.AcknowledgedAt == null, ct);
        if (count > 0)
        {
            audit.Record(viewer, patient, AuditAction.Read, nameof(MeasurementAlert));
        }

        return count;
    }

    /// <summary>
    /// Acknowledges an alert with a note. Two clinicians at once: the alert's concurrency token lets one win; the
    /// other is told who acknowledged it. A bad note throws the domain rule (the page checks it first).
    /// </summary>
    public async Task<AcknowledgeResult> AcknowledgeAsync(Viewer viewer, Guid alertId, string? note, CancellationToken ct)
    {
        var row = await Visible(viewer).AsNoTracking().SingleOrDefaultAsync(r => r.Alert.Id == alertId, ct);
        if (row is null)
        {
            return new(AcknowledgeOutcome.NotFound);
        }

        var alert = await db.MeasurementAlerts.SingleAsync(a => a.Id == alertId, ct);

        var grant = await GrantsAsync(viewer, [alertId], ct);
        if (!MayAcknowledge(viewer, row.Patient, grant.ContainsKey(alertId)))
        {
            return new(AcknowledgeOutcome.NotAllowed);
        }

        if (!alert.IsOpen)
        {
            return await AlreadyAsync(alert, ct);
        }

        alert.Acknowledge(viewer.UserId, note, clock.GetUtcNow());
        Audit(viewer, row.Patient, grant.GetValueOrDefault(alertId), AuditAction.Update, alertId);
        try
        {
            await db.SaveChangesAsync(ct);
            return new(AcknowledgeOutcome.Acknowledged);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var winner = await db.MeasurementAlerts.AsNoTracking().SingleAsync(a => a.Id == alertId, ct);
            return await AlreadyAsync(winner, ct);
        }
    }

    private async Task<AcknowledgeResult> AlreadyAsync(MeasurementAlert alert, CancellationToken ct)
    {
        var by = await db.Users.Where(u => u.Id == alert.AcknowledgedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        return new(AcknowledgeOutcome.AlreadyAcknowledged, by, alert.AcknowledgedAt);
    }

    private IQueryable<Row> Visible(Viewer viewer)
    {
        var organisationId = viewer.OrganisationId;
        var userId = viewer.UserId;
        var allowed = viewer.MaySeeHealthData;
        var inScope = db.Patients.VisibleTo(viewer).Select(p => p.Id);
        return from a in db.MeasurementAlerts
               join p in db.Patients on a.PatientId equals p.Id
               where allowed && p.OrganisationId == organisationId
                   && (inScope.Contains(p.Id) || db.AlertRecipients.Any(r => r.AlertId == a.Id && r.UserId == userId))
               select new Row { Alert = a, Patient = p };
    }

    /// <summary>The alerts among <paramref name="alertIds"/> the viewer received, with the role that gives them.</summary>
    private async Task<Dictionary<Guid, Role>> GrantsAsync(Viewer viewer, IReadOnlyCollection<Guid> alertIds, CancellationToken ct) =>
        (await db.AlertRecipients.Where(r => r.UserId == viewer.UserId && alertIds.Contains(r.AlertId)).Select(r => new { r.AlertId, r.Reason }).ToListAsync(ct))
        .ToDictionary(r => r.AlertId, r => r.Reason == AlertReason.Supervisor ? Role.Supervisor : Role.Therapist);

    private static bool MayAcknowledge(Viewer viewer, Patient patient, bool received) =>
        received || viewer.ActingRole(patient) is Role.Therapist or Role.Supervisor;

    private void Audit(Viewer viewer, Patient patient, Role grantedRole, AuditAction action, Guid alertId)
    {
        if (viewer.ActingRole(patient) is not null)
        {
            audit.Record(viewer, patient, action, nameof(MeasurementAlert), alertId.ToString());
        }
        else
        {
            audit.RecordGranted(viewer, patient, grantedRole, action, nameof(MeasurementAlert), alertId.ToString());
        }
    }

    private async Task<IReadOnlyList<AlertView>> ViewsAsync(Viewer viewer, List<Row> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var grants = await GrantsAsync(viewer, [.. rows.Select(r => r.Alert.Id)], ct);
        var ackIds = rows.Select(r => r.Alert.AcknowledgedByUserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => ackIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var language = UiLanguage.Current;
        return [.. rows.Select(row =>
        {
            var alert = row.Alert;
            Audit(viewer, row.Patient, grants.GetValueOrDefault(alert.Id), AuditAction.Read, alert.Id);
            var instrument = catalog.Find(alert.InstrumentId);
            var (question, wordingLanguage) = alert.ItemId is { } itemId ? Question(alert.InstrumentId, itemId, language) : (null, null);
            var answer = question?.AnswerOption.FirstOrDefault(o => QuestionnaireCheck.ValueOf(o) == alert.Answer)?.Value as Coding;
            return new AlertView(
                alert.Id, row.Patient.Id, row.Patient.FullName, alert.Kind, instrument?.Name.For(language) ?? alert.InstrumentId,
                alert.ItemId, question?.Text, alert.Answer, answer?.Display, wordingLanguage,
                alert.ScaleId is { } scaleId ? instrument?.FindScale(scaleId)?.Name.For(language) ?? scaleId : null,
                alert.Baseline, alert.Latest, alert.ChangeIndex,
                alert.RaisedAt, alert.EscalatedAt, alert.AcknowledgedAt,
                alert.AcknowledgedByUserId is { } by ? names.GetValueOrDefault(by) : null, alert.Note,
                alert.IsOpen && MayAcknowledge(viewer, row.Patient, grants.ContainsKey(alert.Id)));
        })];
    }

    /// <summary>The question as the shipped wording puts it (the viewer's language, else English); none for a licensed instrument.</summary>
    private (Questionnaire.ItemComponent? Question, string? Language) Question(string instrumentId, string itemId, string language)
    {
        (Questionnaire? Questionnaire, string? Language) wording = catalog.Wording(instrumentId, language) is { } own ? (own, language)
            : catalog.Wording(instrumentId, Language.English) is { } english ? (english, Language.English)
            : (null, null);
        return wording.Questionnaire is { } questionnaire
            ? (QuestionnaireCheck.Flatten(questionnaire.Item).FirstOrDefault(i => i.LinkId == itemId), wording.Language)
            : (null, null);
    }
}
