using Tandem.Domain;
using Tandem.Domain.Outreach;

namespace Tandem.UnitTests.Outreach;

public sealed class ReferralTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static Referral Self() => Referral.FromSelf(Guid.NewGuid(), Guid.NewGuid(), " Kim ", "kim@example.nl", " ", null, "", consent: true, Now);

    [Fact]
    public void A_self_referral_needs_consent_and_a_way_to_reach_the_person()
    {
        var referral = Self();
        Assert.Equal(("Kim", null, null, ReferralStatus.New, Now), (referral.Name, referral.Phone, referral.Message, referral.Status, referral.StatusChangedAt));
        Assert.Equal(OutreachRules.Consent, Assert.Throws<DomainRuleException>(() => Referral.FromSelf(Guid.NewGuid(), Guid.NewGuid(), "Kim", "kim@example.nl", null, null, null, consent: false, Now)).Rule);
        Assert.Equal(OutreachRules.Contact, Assert.Throws<DomainRuleException>(() => Referral.FromSelf(Guid.NewGuid(), Guid.NewGuid(), "Kim", "", null, null, null, consent: true, Now)).Rule);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("12345678a")]
    [InlineData("abcdefgh")]
    public void A_gp_referral_refuses_an_agb_code_that_is_not_eight_digits(string agb) =>
        Assert.Equal(OutreachRules.Agb, Assert.Throws<DomainRuleException>(() => Gp(agb)).Rule);

    [Fact]
    public void A_gp_referral_needs_the_patients_agreement_and_the_gps_contact()
    {
        Assert.Equal("01234567", Gp("01234567").GpAgbCode);
        Assert.Null(Gp(null).GpAgbCode);
        Assert.Equal(OutreachRules.PatientAgreed, Assert.Throws<DomainRuleException>(() => Gp(null, agreed: false)).Rule);
        Assert.Equal(OutreachRules.Contact, Assert.Throws<DomainRuleException>(() => Referral.FromGp(
            Guid.NewGuid(), Guid.NewGuid(), new GpDetails("Dr. Wit", "Oost", null, null, null), "Piet", "p@example.nl", null, null, "Pain", patientAgreed: true, Now)).Rule);
    }

    [Fact]
    public void A_referral_moves_from_new_to_contacted_to_a_final_status_and_no_further()
    {
        var referral = Self();
        Assert.Equal([ReferralStatus.Contacted, ReferralStatus.Declined, ReferralStatus.Withdrawn], referral.NextStatuses);
        Assert.Equal(OutreachRules.StatusChange, Assert.Throws<DomainRuleException>(() => referral.MoveTo(ReferralStatus.Invited, Guid.NewGuid(), null, Now)).Rule);

        var contacted = referral.MoveTo(ReferralStatus.Contacted, Guid.NewGuid(), " Called ", Now.AddDays(1));
        Assert.Equal((ReferralStatus.Contacted, "Called", Now.AddDays(1)), (contacted.Status, contacted.Note, referral.StatusChangedAt));
        Assert.Equal([ReferralStatus.Declined, ReferralStatus.Withdrawn], referral.NextStatuses);
        referral.MoveTo(ReferralStatus.Declined, Guid.NewGuid(), null, Now.AddDays(2));

        Assert.True(referral.IsClosed);
        Assert.Empty(referral.NextStatuses);
        Assert.False(referral.CanInvite);
        Assert.Equal(OutreachRules.Note, Assert.Throws<DomainRuleException>(() => Self().MoveTo(ReferralStatus.Contacted, Guid.NewGuid(), new string('x', 1001), Now)).Rule);
    }

    [Fact]
    public void Only_a_contacted_referral_is_invited_and_it_then_names_the_patient_and_cannot_be_invited_again()
    {
        var referral = Self();
        Assert.False(referral.CanInvite);
        Assert.Equal(OutreachRules.NotYetInvitable, Assert.Throws<DomainRuleException>(() => referral.Invite(Guid.NewGuid(), Guid.NewGuid(), Now)).Rule);
        referral.MoveTo(ReferralStatus.Contacted, Guid.NewGuid(), null, Now.AddDays(1));
        var patientId = Guid.NewGuid();

        var invited = referral.Invite(patientId, Guid.NewGuid(), Now.AddDays(2));

        Assert.Equal((ReferralStatus.Invited, ReferralStatus.Invited, patientId, Now.AddDays(2)), (invited.Status, referral.Status, referral.PatientId, referral.StatusChangedAt));
        Assert.True(referral.IsClosed);
        Assert.Equal(OutreachRules.AlreadyInvited, Assert.Throws<DomainRuleException>(() => referral.Invite(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(3))).Rule);
        Assert.Equal(patientId, referral.PatientId);
    }

    [Theory]
    [InlineData("Kim", "Kim", "")]
    [InlineData("Noor Bakker", "Noor", "Bakker")]
    [InlineData("Jan van der Berg", "Jan", "van der Berg")]
    [InlineData("Anna  de Vries", "Anna", "de Vries")]
    public void The_invitation_form_proposes_the_first_word_as_given_name_and_the_rest_as_family_name(string name, string given, string family) =>
        Assert.Equal((given, family), Referral.FromSelf(Guid.NewGuid(), Guid.NewGuid(), name, "kim@example.nl", null, null, null, consent: true, Now).ProposedNames());

    private static Referral Gp(string? agb, bool agreed = true) => Referral.FromGp(
        Guid.NewGuid(), Guid.NewGuid(), new GpDetails("Dr. Wit", "Oost", agb, "wit@example.nl", null), "Piet", null, "06 12345678", "chronic-pain", "Back pain", agreed, Now);
}
