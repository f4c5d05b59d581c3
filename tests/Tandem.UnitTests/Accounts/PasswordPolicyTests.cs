using Tandem.Domain.Accounts;

namespace Tandem.UnitTests.Accounts;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Policy = new(new HashSet<string>(StringComparer.Ordinal) { "password1234", "qwertyuiopasdf" });

    [Fact]
    public void Eleven_characters_are_too_short_and_twelve_are_enough()
    {
        Assert.Equal([PasswordRules.TooShort], Policy.Check("abcdefghijk"));
        Assert.Empty(Policy.Check("abcdefghijkl"));
    }

    [Fact]
    public void Length_counts_characters_not_bytes()
    {
        Assert.Empty(Policy.Check("ëüöäïéèàçñõú"));
    }

    [Fact]
    public void A_long_passphrase_with_spaces_and_no_digits_or_capitals_is_accepted()
    {
        Assert.Empty(Policy.Check("rustig wandelen langs de rivier"));
        Assert.Empty(Policy.Check(new string('x', 100) + " een lange zin " + new string('y', 100)));
    }

    [Fact]
    public void More_than_256_characters_is_too_long()
    {
        Assert.Equal([PasswordRules.TooLong], Policy.Check(string.Concat(Enumerable.Repeat("abcdefgh", 33))));
    }

    [Fact]
    public void A_password_on_the_block_list_is_rejected_whatever_its_case()
    {
        Assert.Contains(PasswordRules.Common, Policy.Check("Password1234"));
        Assert.Contains(PasswordRules.Common, Policy.Check("QWERTYUIOPASDF"));
    }

    [Fact]
    public void The_e_mail_address_or_its_name_part_cannot_be_the_password()
    {
        Assert.Contains(PasswordRules.Personal, Policy.Check("lotte.smit@example.nl", "lotte.smit@example.nl"));
        Assert.Contains(PasswordRules.Personal, Policy.Check("Lotte.Smit.Example", "lotte.smit.example@example.nl"));
        Assert.Empty(Policy.Check("lotte walks by the river", "lotte@example.nl"));
    }

    [Fact]
    public void A_password_of_very_few_different_characters_is_rejected()
    {
        Assert.Contains(PasswordRules.Repetitive, Policy.Check("aaaaaaaaaaaa"));
        Assert.Contains(PasswordRules.Repetitive, Policy.Check("abcabcabcabc"));
    }
}
