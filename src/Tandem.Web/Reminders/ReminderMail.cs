using System.Globalization;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Domain.Reminders;
using Tandem.Web.Infrastructure;
using Tandem.Web.Mail;

namespace Tandem.Web.Reminders;

/// <summary>
/// The reminder e-mail, in the patient's language: only that there is a reminder and where to sign in. The
/// same text for every kind, so not even the kind of reminder says anything about the treatment; a questionnaire
/// reminder says only that a questionnaire is waiting (no instrument name, no health data).
/// </summary>
public sealed class ReminderMail(Mailer mailer, JsonStringLocalizer text, IOptions<AppOptions> options)
{
    public Task SendAsync(string to, string language, ReminderKind kind, CancellationToken ct)
    {
        var key = kind switch
        {
            ReminderKind.Questionnaire => "mail.questionnaire",
            ReminderKind.NewMessage => "mail.new",
            _ => "mail.reminder",
        };
        var table = text.For(Language.IsSupported(language) ? language : Language.Default);
        var link = options.Value.BaseUrl.TrimEnd('/') + "/Account/SignIn";
        var body = string.Format(CultureInfo.GetCultureInfo(language is Language.English ? "en" : "nl"), table[key + ".body"], link);
        return mailer.SendAsync(to, table[key + ".subject"], body, ct);
    }
}
