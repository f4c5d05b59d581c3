using Tandem.Domain.Treatment;
using static Tandem.UnitTests.Treatment.TestProgrammes;

namespace Tandem.UnitTests.Treatment;

public sealed class ModuleProposalTests
{
    [Fact]
    public void Without_profile_flags_only_the_modules_for_everyone_are_proposed()
    {
        Assert.Equal(["p0", "p4"], ModuleProposal.For(Tailored, []));
    }

    [Fact]
    public void Each_flag_adds_the_modules_recommended_for_it_in_programme_order()
    {
        Assert.Equal(["p0", "p2", "p4"], ModuleProposal.For(Tailored, ["sleep-problems"]));
        Assert.Equal(["p0", "p1", "p2", "p3", "p4"], ModuleProposal.For(Tailored, ["flare-ups", "low-mood"]));
    }

    [Fact]
    public void A_proposal_can_be_used_as_the_selection()
    {
        var flags = new[] { "low-mood" };
        var enrolment = Start(Tailored, Choices(flags: flags, selected: [.. ModuleProposal.For(Tailored, flags)]));

        Assert.Equal(["p0:Open", "p1:Locked", "p2:Locked", "p4:Locked"], Plan(enrolment));
    }
}
