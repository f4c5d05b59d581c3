using Tandem.Domain;
using Tandem.Domain.Accounts;

namespace Tandem.UnitTests.Accounts;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private static IssuedInvitation PatientInvitation() =>
        Invitation.ForPatient(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "lotte@example.nl", "Lotte Smit", Guid.NewGuid(), Monday, Week);

    [Fact]
    public void Only_a_hash_of_the_token_is_stored()
    {
        var issued = PatientInvitation();

        Assert.NotEqual(issued.Token, issued.Invitation.TokenHash);
        Assert.Equal(64, issued.Invitation.TokenHash.Length);
        Assert.True(issued.Invitation.Matches(issued.Token));
    }

    [Fact]
    public void Every_invitation_gets_a_different_unguessable_token()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => PatientInvitation().Token).ToHashSet();

        Assert.Equal(50, tokens.Count);
        Assert.All(tokens, t => Assert.True(t.Length >= 43));
    }

    [Fact]
    public void A_valid_invitation_is_accepted_once()
    {
        var issued = PatientInvitation();
        var user = Guid.NewGuid();

        issued.Invitation.Accept(issued.Token, user, Monday.AddDays(1));

        Assert.Equal(user, issued.Invitation.AcceptedByUserId);
        var again = Assert.Throws<DomainRuleException>(() => issued.Invitation.Accept(issued.Token, Guid.NewGuid(), Monday.AddDays(2)));
        Assert.Equal(InvitationRules.AlreadyUsed, again.Rule);
    }

    [Fact]
    public void An_invitation_cannot_be_accepted_after_it_expires()
    {
        var issued = PatientInvitation();

        var error = Assert.Throws<DomainRuleException>(() => issued.Invitation.Accept(issued.Token, Guid.NewGuid(), Monday + Week));

        Assert.Equal(InvitationRules.Expired, error.Rule);
        Assert.False(issued.Invitation.CanAccept(Monday + Week));
        Assert.True(issued.Invitation.CanAccept(Monday + Week - TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_tampered_token_is_refused()
    {
        var issued = PatientInvitation();
        var tampered = issued.Token[..^1] + (issued.Token[^1] == 'A' ? 'B' : 'A');

        var error = Assert.Throws<DomainRuleException>(() => issued.Invitation.Accept(tampered, Guid.NewGuid(), Monday));

        Assert.Equal(InvitationRules.WrongToken, error.Rule);
        Assert.Null(issued.Invitation.AcceptedAt);
    }

    [Fact]
    public void A_withdrawn_invitation_cannot_be_accepted()
    {
        var issued = PatientInvitation();
        issued.Invitation.Revoke(Monday.AddHours(1));

        Assert.Equal(InvitationRules.Revoked, issued.Invitation.AcceptBlocker(Monday.AddHours(2)));
    }

    [Fact]
    public void A_staff_invitation_needs_at_least_one_staff_role()
    {
        var error = Assert.Throws<DomainRuleException>(() => Invitation.ForStaff(
            Guid.NewGuid(), null, null, "x@example.nl", "X", [], Guid.NewGuid(), Monday, Week));
        Assert.Equal(InvitationRules.NoRoles, error.Rule);

        Assert.Throws<DomainRuleException>(() => Invitation.ForStaff(
            Guid.NewGuid(), null, null, "x@example.nl", "X", [Role.Patient], Guid.NewGuid(), Monday, Week));
    }

    [Fact]
    public void A_staff_invitation_carries_every_role_once()
    {
        var issued = Invitation.ForStaff(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "sanne@example.nl", "Sanne",
            [Role.Therapist, Role.Supervisor, Role.Therapist], Guid.NewGuid(), Monday, Week);

        Assert.Equal([Role.Therapist, Role.Supervisor], issued.Invitation.Roles);
        Assert.Equal(InvitationKind.Staff, issued.Invitation.Kind);
    }

    [Fact]
    public void A_patient_invitation_grants_only_the_patient_role()
    {
        Assert.Equal([Role.Patient], PatientInvitation().Invitation.Roles);
    }
}
