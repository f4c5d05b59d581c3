using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;

namespace Tandem.Web.Measurement;

/// <summary>
/// The alert e-mail, in the recipient's language: only that there is an alert and where to sign in. No patient, no
/// instrument, no kind of alert, the same text for a first notice and an escalation.
/// </summary>
public sealed class AlertMail(Mailer mailer, JsonStringLocalizer text, IOptions<AppOptions> options)
{
    public Task SendAsync(string to, string language, CancellationToken ct)
    {
        var table = text.For(Language.IsSupported(language) ? language : Language.Default);
        var link = options.Value.BaseUrl.TrimEnd('/') + "/Staff/Alerts";
        return mailer.SendAsync(to, table["alerts.mail.subject"], table["alerts.mail.body"].Replace("{0}", link, StringComparison.Ordinal), ct);
    }
}
