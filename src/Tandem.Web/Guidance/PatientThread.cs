using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Domain.Patients;
using Tandem.Domain.Work;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Guidance;

public enum ThreadEntryKind
{
    /// <summary>Work the patient sent at a feedback moment.</summary>
    Sent,

    /// <summary>The therapist's feedback on sent work.</summary>
    Feedback,

    /// <summary>A free message, either way.</summary>
    Message,
}

/// <summary>One line in a patient's thread. <see cref="ReadAt"/> is when the other side first opened it.</summary>
public sealed record ThreadEntry(
    ThreadEntryKind Kind, DateTimeOffset At, bool FromPatient, string? AuthorName, string? Text, Submission? Submission, DateTimeOffset? ReadAt)
{
    /// <summary>Feedback a supervisor has not yet released (only staff see it).</summary>
    public bool AwaitsApproval => Kind == ThreadEntryKind.Feedback && Submission is { FeedbackReleased: false };
}

/// <summary>
/// One thread per patient: their submissions, the feedback on them and free messages both ways, oldest first.
/// Opening it marks what the other side wrote as read, but only for the people it is written to: the patient, or a
/// therapist treating them; a supervisor reading along leaves it unread. Every opening and message is audited.
/// </summary>
public sealed class PatientThread(AppDbContext db, Drafts drafts, AuditTrail audit, TimeProvider clock)
{
    public const string AuditObject = "Thread";

    public async Task<IReadOnlyList<ThreadEntry>> OpenAsync(Viewer viewer, Patient patient, CancellationToken ct)
    {
        var isPatient = viewer.UserId == patient.UserId;
        var readsForTherapists = !isPatient && viewer.ActingRole(patient) == Role.Therapist;
        var submissions = await db.Submissions.Where(s => s.PatientId == patient.Id).ToListAsync(ct);
        var messages = await db.Messages.Where(m => m.PatientId == patient.Id).ToListAsync(ct);
        var authorIds = messages.Select(m => m.AuthorUserId).Concat(submissions.Select(s => s.FeedbackByUserId ?? Guid.Empty)).ToHashSet();
        var names = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var now = clock.GetUtcNow();
        var entries = new List<ThreadEntry>();
        foreach (var submission in submissions)
        {
            entries.Add(new ThreadEntry(ThreadEntryKind.Sent, submission.SubmittedAt, true, patient.GivenName, submission.Message, submission, null));
            if (submission.Feedback is null || (isPatient && !submission.FeedbackReleased))
            {
                continue;
            }

            entries.Add(new ThreadEntry(
                ThreadEntryKind.Feedback, submission.FeedbackReleasedAt ?? submission.FeedbackAt!.Value, false,
                names.GetValueOrDefault(submission.FeedbackByUserId ?? Guid.Empty), submission.Feedback, submission, submission.SeenByPatientAt));
            if (isPatient)
            {
                submission.MarkSeen(now);
            }
        }

        foreach (var message in messages)
        {
            entries.Add(new ThreadEntry(
                ThreadEntryKind.Message, message.SentAt, message.FromPatient,
                message.FromPatient ? patient.GivenName : names.GetValueOrDefault(message.AuthorUserId), message.Body, null, message.ReadAt));
            if ((isPatient && !message.FromPatient) || (readsForTherapists && message.FromPatient))
            {
                message.MarkRead(viewer.UserId, now);
            }
        }

        audit.Record(viewer, patient, AuditAction.Read, AuditObject);
        return [.. entries.OrderBy(e => e.At).ThenBy(e => e.Kind)];
    }

    /// <summary>Writes a message from the patient, or from a therapist treating them, and drops the writer's draft.</summary>
    public async Task<Message> WriteAsync(Viewer viewer, Patient patient, string? body, CancellationToken ct)
    {
        var fromPatient = viewer.UserId == patient.UserId;
        if (!fromPatient && viewer.ActingRole(patient) != Role.Therapist)
        {
            throw new InvalidOperationException("Only the patient and a therapist treating them write in the thread.");
        }

        var message = Message.Write(patient.Id, fromPatient, viewer.UserId, body, clock.GetUtcNow());
        db.Messages.Add(message);
        await drafts.DropAsync(viewer.UserId, patient.Id, ct);
        audit.Record(viewer, patient, AuditAction.Create, nameof(Message), message.Id.ToString());
        return message;
    }
}
