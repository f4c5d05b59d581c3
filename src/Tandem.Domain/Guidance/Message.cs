namespace Tandem.Domain.Guidance;

/// <summary>
/// A free message in the thread between a patient and their therapists, in either direction. Read status is the
/// first time the other side opened the thread: the patient for a therapist's message, any therapist who may see the
/// patient for the patient's message.
/// </summary>
public sealed class Message
{
    public const int MaxLength = 4000;

    private Message() { } // EF Core

    private Message(Guid patientId, bool fromPatient, Guid authorUserId, string body, DateTimeOffset now)
    {
        PatientId = patientId;
        FromPatient = fromPatient;
        AuthorUserId = authorUserId;
        Body = body;
        SentAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public bool FromPatient { get; private init; }
    public Guid AuthorUserId { get; private init; }
    public string Body { get; private init; } = "";
    public DateTimeOffset SentAt { get; private init; }
    public DateTimeOffset? ReadAt { get; private set; }
    public Guid? ReadByUserId { get; private set; }

    public static Message Write(Guid patientId, bool fromPatient, Guid authorUserId, string? body, DateTimeOffset now)
    {
        body = body?.Trim() ?? "";
        if (body.Length is 0 or > MaxLength)
        {
            throw new DomainRuleException(GuidanceRules.MessageRequired);
        }

        return new Message(patientId, fromPatient, authorUserId, body, now);
    }

    /// <summary>The other side opened the thread; the first time counts.</summary>
    public void MarkRead(Guid byUserId, DateTimeOffset now)
    {
        if (ReadAt is null && byUserId != AuthorUserId)
        {
            ReadAt = now;
            ReadByUserId = byUserId;
        }
    }
}
