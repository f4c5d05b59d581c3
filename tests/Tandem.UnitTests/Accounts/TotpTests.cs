using System.Text;
using Tandem.Domain.Accounts;

namespace Tandem.UnitTests.Accounts;

public sealed class TotpTests
{
    // RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890".
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Codes_match_the_published_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(expected, Totp.Code(RfcKey, step));
    }

    [Fact]
    public void A_code_from_the_previous_step_is_still_accepted()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var previous = Totp.StepAt(now) - 1;

        Assert.Equal(previous, Totp.Verify(RfcKey, Totp.Code(RfcKey, previous), now, lastUsedStep: null));
    }

    [Fact]
    public void A_code_two_steps_old_is_rejected()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

        Assert.Null(Totp.Verify(RfcKey, Totp.Code(RfcKey, Totp.StepAt(now) - 2), now, lastUsedStep: null));
    }

    [Fact]
    public void A_code_cannot_be_used_twice()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var code = Totp.Code(RfcKey, Totp.StepAt(now));
        var used = Totp.Verify(RfcKey, code, now, lastUsedStep: null);

        Assert.NotNull(used);
        Assert.Null(Totp.Verify(RfcKey, code, now, lastUsedStep: used));
    }

    [Fact]
    public void Spaces_in_a_typed_code_are_ignored_but_wrong_lengths_are_not()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var code = Totp.Code(RfcKey, Totp.StepAt(now));

        Assert.NotNull(Totp.Verify(RfcKey, code[..3] + " " + code[3..], now, null));
        Assert.Null(Totp.Verify(RfcKey, code[..5], now, null));
    }

    [Fact]
    public void Base32_keys_decode_as_authenticator_apps_expect()
    {
        Assert.Equal(RfcKey, Base32.Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        Assert.Throws<FormatException>(() => Base32.Decode("not base32!"));
    }
}
