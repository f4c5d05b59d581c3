namespace Tandem.Domain.Training;

/// <summary>
/// A supervisor or manager asks a member of their team or site to take a course, optionally by a date. One open
/// assignment per person and course: assigning again changes the due date and who asked. An assignment made by mistake,
/// or for someone who left the team, is withdrawn rather than deleted, so the record of who withdrew it and when stays.
/// The staff member's completion of the course is kept apart (it is their trained status) and ends the assignment.
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

    public Guid? WithdrawnById { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Whether it may still be changed or withdrawn: not withdrawn, and the course not completed.</summary>
    public bool IsOpen(bool courseCompleted) => WithdrawnAt is null && !courseCompleted;

    public void Reassign(Guid assignedById, DateOnly? dueOn, DateTimeOffset now)
    {
        if (WithdrawnAt is not null)
        {
            throw new DomainRuleException(TrainingRules.AssignmentWithdrawn);
        }

        CheckDue(dueOn, now);
        AssignedById = assignedById;
        AssignedAt = now;
        DueOn = dueOn;
        NoticeSentAt = null;
    }

    /// <summary>A new due date (or none) for an open assignment; who assigned it stays, the staff member is told again.</summary>
    public void ChangeDueDate(DateOnly? dueOn, bool courseCompleted, DateTimeOffset now)
    {
        EnsureOpen(courseCompleted);
        CheckDue(dueOn, now);
        DueOn = dueOn;
        NoticeSentAt = null;
    }

    public void Withdraw(Guid withdrawnById, bool courseCompleted, DateTimeOffset now)
    {
        EnsureOpen(courseCompleted);
        WithdrawnById = withdrawnById;
        WithdrawnAt = now;
    }

    public bool IsOverdue(DateOnly today) => DueOn < today;

    private void EnsureOpen(bool courseCompleted)
    {
        if (WithdrawnAt is not null)
        {
            throw new DomainRuleException(TrainingRules.AssignmentWithdrawn);
        }

        if (courseCompleted)
        {
            throw new DomainRuleException(TrainingRules.AssignmentCompleted);
        }
    }

    private static void CheckDue(DateOnly? dueOn, DateTimeOffset now)
    {
        var today = ClinicCalendar.DateOf(now);
        if (dueOn is { } due && (due < today || due > today.AddYears(1)))
        {
            throw new DomainRuleException(TrainingRules.AssignmentDue);
        }
    }
}
