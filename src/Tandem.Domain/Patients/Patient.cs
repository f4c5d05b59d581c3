namespace Tandem.Domain.Patients;

public enum PatientStatus
{
    Invited,
    Active,
    Closed,
}

public static class PatientRules
{
    public static readonly Rule AlreadyLinked = new("patient.already-linked", "This patient already has an account.");
    public static readonly Rule Closed = new("patient.closed", "This patient's treatment is closed.");
    public static readonly Rule RecordNumberInvalid = new("patient.record-number-invalid", "A record number has at most 32 letters, digits, dashes, dots or slashes.");
}

/// <summary>A patient's record at a site, with the therapist who treats them.</summary>
public sealed class Patient
{
    private Patient() { } // EF Core

    public Patient(Guid organisationId, Guid siteId, Guid teamId, Guid therapistId, string givenName, string familyName, string email, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(givenName);
        ArgumentException.ThrowIfNullOrWhiteSpace(familyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        OrganisationId = organisationId;
        SiteId = siteId;
        TeamId = teamId;
        TherapistId = therapistId;
        GivenName = givenName.Trim();
        FamilyName = familyName.Trim();
        Email = email.Trim();
        CreatedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public Guid SiteId { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid TherapistId { get; private set; }
    public Guid? UserId { get; private set; }
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public PatientStatus Status { get; private set; } = PatientStatus.Invited;
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? ActivatedAt { get; private set; }

    /// <summary>The clinic's own patient number (unique within the organisation), an identifier for other systems.</summary>
    public string? RecordNumber { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>Links the account the patient created from their invitation.</summary>
    public void LinkAccount(Guid userId, DateTimeOffset now)
    {
        if (UserId is not null)
        {
            throw new DomainRuleException(PatientRules.AlreadyLinked);
        }

        if (Status == PatientStatus.Closed)
        {
            throw new DomainRuleException(PatientRules.Closed);
        }

        UserId = userId;
        Status = PatientStatus.Active;
        ActivatedAt = now;
    }

    public void Close() => Status = PatientStatus.Closed;

    /// <summary>Moves the patient to another therapist, and with them to that therapist's team and site.</summary>
    public void AssignTherapist(Guid therapistId, Guid siteId, Guid teamId)
    {
        TherapistId = therapistId;
        SiteId = siteId;
        TeamId = teamId;
    }

    /// <summary>Sets or clears the clinic's own patient number; uniqueness within the organisation is the database's.</summary>
    public void SetRecordNumber(string? recordNumber)
    {
        var value = string.IsNullOrWhiteSpace(recordNumber) ? null : recordNumber.Trim();
        if (value is not null && !IsRecordNumber(value))
        {
            throw new DomainRuleException(PatientRules.RecordNumberInvalid);
        }

        RecordNumber = value;
    }

    public static bool IsRecordNumber(string value) =>
        value.Length is > 0 and <= 32 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '/');
}
