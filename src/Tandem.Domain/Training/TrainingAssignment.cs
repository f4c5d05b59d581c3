namespace Tandem.Domain.Training;

/// <summary>
/// A supervisor or manager asks a member of their team or site to take a course, optionally by a date. One per person
/// and course: assigning again changes the due date and who asked.
/// </summary>
public sealed class TrainingAssignment
{
    private TrainingAssignment() { } // EF Core

    public TrainingAssignment(Guid organisationId, Guid staffMemberId, string courseId, Guid assignedById, DateOnly? dueOn, DateTimeOffset now)
    {
        OrganisationId = organisationId;
        StaffMemberId = staffMemberId;
        CourseId = courseId;
        Reassign(assignedById, dueOn, now);
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public Guid StaffMemberId { get; private init; }
    public string CourseId { get; private init; } = "";
    public Guid AssignedById { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public DateOnly? DueOn { get; private set; }

    /// <summary>When the e-mail notice of this assignment was claimed for sending; a new assignment or due date clears it.</summary>
    public DateTimeOffset? NoticeSentAt { get; private set; }

    public void Reassign(Guid assignedById, DateOnly? dueOn, DateTimeOffset now)
    {
        var today = ClinicCalendar.DateOf(now);
        if (dueOn is { } due && (due < today || due > today.AddYears(1)))
        {
            throw new DomainRuleException(TrainingRules.AssignmentDue);
        }

        AssignedById = assignedById;
        AssignedAt = now;
        DueOn = dueOn;
        NoticeSentAt = null;
    }

    public bool IsOverdue(DateOnly today) => DueOn < today;
}
