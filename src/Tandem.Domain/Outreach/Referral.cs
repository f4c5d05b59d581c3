namespace Tandem.Domain.Outreach;

public enum ReferralKind
{
    Self,
    Gp,
}

/// <summary>
/// Where a referral stands: new → contacted → invited, declined or withdrawn (the last three are final). Invited is
/// reached only by sending the person a Tandem invitation (<see cref="Referral.Invite"/>), so it always names the patient.
/// </summary>
public enum ReferralStatus
{
    New,
    Contacted,
    Invited,
    Declined,
    Withdrawn,
}

/// <summary>
/// Someone who asked to start at a site, or whom a GP referred, through the public forms: health data, kept only for
/// intake. The person's contact details are in <see cref="Name"/>, <see cref="Email"/> and <see cref="Phone"/>; a GP
/// referral adds the GP's details and the reason.
/// </summary>
public sealed class Referral
{
    public const int MaxMessageLength = 500;

    private Referral() { } // EF Core

    private Referral(Guid organisationId, Guid siteId, ReferralKind kind, string name, string? email, string? phone, string? programmeId, string? message, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone))
        {
            throw new DomainRuleException(OutreachRules.Contact);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        OrganisationId = organisationId;
        SiteId = siteId;
        Kind = kind;
        Name = name.Trim();
        Email = Blank(email);
        Phone = Blank(phone);
        ProgrammeId = Blank(programmeId);
        Message = Blank(message);
        ReceivedAt = StatusChangedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public Guid SiteId { get; private init; }
    public ReferralKind Kind { get; private init; }
    public DateTimeOffset ReceivedAt { get; private init; }
    public ReferralStatus Status { get; private set; }
    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>The programme asked about; null for "not sure yet".</summary>
    public string? ProgrammeId { get; private init; }

    public string Name { get; private init; } = "";
    public string? Email { get; private init; }
    public string? Phone { get; private init; }

    /// <summary>The person's own message, or the GP's reason for referring.</summary>
    public string? Message { get; private init; }

    public string? GpName { get; private init; }
    public string? GpPractice { get; private init; }
    public string? GpAgbCode { get; private init; }
    public string? GpEmail { get; private init; }
    public string? GpPhone { get; private init; }

    /// <summary>The patient record made when the person was invited to Tandem from this referral.</summary>
    public Guid? PatientId { get; private set; }

    /// <summary>When the site's managers were told (without content) that a referral is waiting; claimed before sending.</summary>
    public DateTimeOffset? NoticeSentAt { get; private set; }

    public static Referral FromSelf(Guid organisationId, Guid siteId, string name, string? email, string? phone, string? programmeId, string? message, bool consent, DateTimeOffset now) =>
        consent ? new(organisationId, siteId, ReferralKind.Self, name, email, phone, programmeId, message, now)
            : throw new DomainRuleException(OutreachRules.Consent);

    public static Referral FromGp(
        Guid organisationId, Guid siteId, GpDetails gp, string patientName, string? patientEmail, string? patientPhone, string? programmeId, string reason, bool patientAgreed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(gp);
        if (!patientAgreed)
        {
            throw new DomainRuleException(OutreachRules.PatientAgreed);
        }

        if (string.IsNullOrWhiteSpace(gp.Email) && string.IsNullOrWhiteSpace(gp.Phone))
        {
            throw new DomainRuleException(OutreachRules.Contact);
        }

        if (gp.AgbCode is { Length: > 0 } agb && !(agb.Length == 8 && agb.All(char.IsAsciiDigit)))
        {
            throw new DomainRuleException(OutreachRules.Agb);
        }

        return new(organisationId, siteId, ReferralKind.Gp, patientName, patientEmail, patientPhone, programmeId, reason, now)
        {
            GpName = gp.Name.Trim(),
            GpPractice = gp.Practice.Trim(),
            GpAgbCode = Blank(gp.AgbCode),
            GpEmail = Blank(gp.Email),
            GpPhone = Blank(gp.Phone),
        };
    }

    public bool IsClosed => Status is ReferralStatus.Invited or ReferralStatus.Declined or ReferralStatus.Withdrawn;

    public bool CanMoveTo(ReferralStatus status) => (Status, status) switch
    {
        (ReferralStatus.New, ReferralStatus.Contacted or ReferralStatus.Declined or ReferralStatus.Withdrawn) => true,
        (ReferralStatus.Contacted, ReferralStatus.Declined or ReferralStatus.Withdrawn) => true,
        _ => false,
    };

    /// <summary>A referral is invited once someone has been in contact with the person, and only once.</summary>
    public bool CanInvite => Status == ReferralStatus.Contacted;

    /// <summary>The patient's given and family name as the invitation form proposes them: the first word, then the rest.</summary>
    public (string GivenName, string FamilyName) ProposedNames()
    {
        var space = Name.IndexOf(' ');
        return space < 0 ? (Name, "") : (Name[..space], Name[(space + 1)..].Trim());
    }

    /// <summary>The person was invited to Tandem as <paramref name="patientId"/>: the referral is closed and points to them.</summary>
    public ReferralEvent Invite(Guid patientId, Guid byUserId, DateTimeOffset now)
    {
        if (!CanInvite)
        {
            throw new DomainRuleException(Status == ReferralStatus.Invited ? OutreachRules.AlreadyInvited : OutreachRules.NotYetInvitable);
        }

        PatientId = patientId;
        Status = ReferralStatus.Invited;
        StatusChangedAt = now;
        return new ReferralEvent(Id, byUserId, ReferralStatus.Invited, null, now);
    }

    /// <summary>The statuses this referral can move to now, in order.</summary>
    public IReadOnlyList<ReferralStatus> NextStatuses => [.. Enum.GetValues<ReferralStatus>().Where(CanMoveTo)];

    public ReferralEvent MoveTo(ReferralStatus status, Guid byUserId, string? note, DateTimeOffset now)
    {
        if (!CanMoveTo(status))
        {
            throw new DomainRuleException(OutreachRules.StatusChange);
        }

        if (note?.Trim().Length > ReferralEvent.MaxNoteLength)
        {
            throw new DomainRuleException(OutreachRules.Note);
        }

        Status = status;
        StatusChangedAt = now;
        return new ReferralEvent(Id, byUserId, status, Blank(note), now);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The referring GP: name and practice, optionally the AGB code (8 digits), and an e-mail or phone.</summary>
public sealed record GpDetails(string Name, string Practice, string? AgbCode, string? Email, string? Phone);

/// <summary>A status change of a referral with the intake worker's note.</summary>
public sealed class ReferralEvent
{
    public const int MaxNoteLength = 1000;

    private ReferralEvent() { } // EF Core

    public ReferralEvent(Guid referralId, Guid byUserId, ReferralStatus status, string? note, DateTimeOffset now)
    {
        ReferralId = referralId;
        ByUserId = byUserId;
        Status = status;
        Note = note;
        At = now;
    }

    public long Id { get; private init; }
    public Guid ReferralId { get; private init; }
    public Guid ByUserId { get; private init; }
    public ReferralStatus Status { get; private init; }
    public string? Note { get; private init; }
    public DateTimeOffset At { get; private init; }
}
