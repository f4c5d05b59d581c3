using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;

namespace Tandem.UnitTests.Audit;

public sealed class AuditEntryTests
{
    private static readonly Viewer Therapist =
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new HashSet<Role> { Role.Therapist }, MfaVerified: true);

    [Fact]
    public void An_entry_records_who_what_whom_when_in_utc_and_from_where()
    {
        var patient = Guid.NewGuid();
        var local = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));

        var entry = AuditEntry.Record(Therapist, Role.Therapist, AuditAction.Read, patient, "Patient", patient.ToString(), "192.0.2.7", local);

        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Equal(local.UtcDateTime, entry.At.UtcDateTime);
        Assert.Equal((Therapist.UserId, Therapist.OrganisationId, patient), (entry.UserId, entry.OrganisationId, entry.PatientId));
        Assert.Equal(("192.0.2.7", AuditAction.Read, Role.Therapist), (entry.AccessPoint, entry.Action, entry.Role));
    }

    [Fact]
    public void An_overlong_access_point_is_cut_to_the_column_size()
    {
        var entry = AuditEntry.Record(Therapist, Role.Therapist, AuditAction.Search, null, "PatientList", null, new string('x', 200), DateTimeOffset.UnixEpoch);

        Assert.Equal(64, entry.AccessPoint.Length);
    }
}
