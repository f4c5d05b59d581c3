using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Tandem.Web.Outreach;

public enum StampVerdict
{
    Fine,
    Bot,
    Expired,
}

/// <summary>
/// A signed, encrypted note of when a public form was served, sent back with the form. A missing or forged stamp, or
/// a form sent back faster than a person can fill it in, marks a bot; a very old one has expired.
/// </summary>
public sealed class FormStamp(IDataProtectionProvider protection, TimeProvider clock, IOptions<OutreachOptions> options)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Tandem.Outreach.FormStamp.v1");

    public string Issue() => Protect(clock.GetUtcNow());

    /// <summary>
    /// A stamp for a form shown again to a person who already filled it in (an expired form): dated back by the
    /// minimum fill time, so sending the corrected form at once is not taken for a bot.
    /// </summary>
    public string IssueFilled() => Protect(clock.GetUtcNow().AddSeconds(-options.Value.MinimumFillSeconds));

    public StampVerdict Check(string? stamp)
    {
        if (string.IsNullOrEmpty(stamp) || stamp.Length > 500)
        {
            return StampVerdict.Bot;
        }

        long ticks;
        try
        {
            ticks = long.Parse(_protector.Unprotect(stamp), CultureInfo.InvariantCulture);
        }
        catch (CryptographicException)
        {
            return StampVerdict.Bot;
        }

        var age = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        var settings = options.Value;
        return age < TimeSpan.FromSeconds(settings.MinimumFillSeconds) ? StampVerdict.Bot
            : age > TimeSpan.FromHours(settings.MaximumFillHours) ? StampVerdict.Expired
            : StampVerdict.Fine;
    }

    private string Protect(DateTimeOffset servedAt) => _protector.Protect(servedAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
}
