using Tandem.Domain.Accounts;

namespace Tandem.UnitTests.Accounts;

public sealed class SignInBackoffTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(7, 4)]
    [InlineData(10, 32)]
    [InlineData(11, 60)]
    [InlineData(99, 60)]
    public void Sign_in_pauses_grow_exponentially_from_the_fifth_failure_up_to_an_hour(int failures, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), SignInBackoff.PauseAfter(failures));
    }
}
