using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Tandem.Web.Mail;

public sealed class SmtpOptions
{
    /// <summary>SMTP server; when empty, messages are written as .eml files to <see cref="PickupDirectory"/> (development).</summary>
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public bool StartTls { get; set; } = true;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string From { get; set; } = "Tandem <no-reply@tandem.local>";
    public string PickupDirectory { get; set; } = "mail-outbox";
}

/// <summary>
/// Sends e-mail over SMTP with MailKit. Messages carry a prompt and a link, never health information,
/// and nothing of their content is logged.
/// </summary>
public sealed partial class Mailer(IOptions<SmtpOptions> options, ILogger<Mailer> logger)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            var file = Path.Combine(settings.PickupDirectory, $"{Guid.CreateVersion7()}.eml");
            await message.WriteToAsync(file, ct);
            var path = Path.GetFullPath(file);
            LogWrittenToPickup(logger, path);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (settings.UserName.Length > 0)
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password, ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP server configured; e-mail written to {File}")]
    private static partial void LogWrittenToPickup(ILogger logger, string file);
}
