namespace Tandem.Web;

public sealed class AppOptions
{
    /// <summary>
    /// The public address used in e-mailed links, e.g. https://tandem.clinic.example. Required outside
    /// Development (checked at start-up), so a forged Host header can never steer a reset link elsewhere.
    /// </summary>
    public string BaseUrl { get; set; } = "";

    public int InvitationValidDays { get; set; } = 7;
}
