namespace Tandem.Web.Outreach;

/// <summary>Configuration section "Outreach": the defences of the public referral forms.</summary>
public sealed class OutreachOptions
{
    /// <summary>A form sent sooner than this after it was served is taken for a bot (people need longer to fill it in).</summary>
    public int MinimumFillSeconds { get; set; } = 4;

    /// <summary>A form older than this is refused as expired (the person is asked to send it again).</summary>
    public int MaximumFillHours { get; set; } = 24;

    /// <summary>Form posts per client address per hour, over all sites (HTTP 429 beyond).</summary>
    public int PerAddressPerHour { get; set; } = 10;

    /// <summary>Referrals one site accepts per hour from everyone together (HTTP 429 beyond).</summary>
    public int PerSitePerHour { get; set; } = 60;
}
