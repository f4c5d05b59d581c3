using Tandem.Domain;
using Tandem.Domain.Patients;

namespace Tandem.UnitTests.Patients;

public sealed class PatientTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Patient NewPatient() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), " Lotte ", "Smit", "lotte@example.nl", Now);

    [Fact]
    public void A_new_patient_is_invited_until_they_create_their_account()
    {
        var patient = NewPatient();
        Assert.Equal(PatientStatus.Invited, patient.Status);
        Assert.Equal("Lotte Smit", patient.FullName);

        var account = Guid.NewGuid();
        patient.LinkAccount(account, Now.AddDays(1));

        Assert.Equal(PatientStatus.Active, patient.Status);
        Assert.Equal(account, patient.UserId);
    }

    [Fact]
    public void A_patient_record_links_to_one_account_only()
    {
        var patient = NewPatient();
        patient.LinkAccount(Guid.NewGuid(), Now);

        var error = Assert.Throws<DomainRuleException>(() => patient.LinkAccount(Guid.NewGuid(), Now));
        Assert.Equal(PatientRules.AlreadyLinked, error.Rule);
    }

    [Fact]
    public void A_closed_record_cannot_get_an_account()
    {
        var patient = NewPatient();
        patient.Close();

        Assert.Equal(PatientRules.Closed, Assert.Throws<DomainRuleException>(() => patient.LinkAccount(Guid.NewGuid(), Now)).Rule);
    }
}
