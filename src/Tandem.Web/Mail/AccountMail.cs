using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Mail;

/// <summary>The account e-mails: a greeting, a prompt and a link. Never a diagnosis, a clinic specialty or a score.</summary>
public sealed class AccountMail(Mailer mailer, IStringLocalizer<Text> text, IOptions<AppOptions> options, IHttpContextAccessor http)
{
    public Task SendInvitationAsync(IssuedInvitation issued, CancellationToken ct)
    {
        var invitation = issued.Invitation;
        var link = Link($"/Account/AcceptInvitation?token={Uri.EscapeDataString(issued.Token)}");
        var body = text["mail.invitation.body", invitation.DisplayName, link, ClinicTime.Format(invitation.ExpiresAt)];
        return mailer.SendAsync(invitation.Email, text["mail.invitation.subject"], body, ct);
    }

    public Task SendPasswordResetAsync(string email, string displayName, Guid userId, string token, CancellationToken ct)
    {
        // The parameter name must match ResetPasswordModel.UserId, or the link binds no user and answers 404.
        var link = Link($"/Account/ResetPassword?userId={userId}&token={Uri.EscapeDataString(token)}");
        return mailer.SendAsync(email, text["mail.reset.subject"], text["mail.reset.body", displayName, link], ct);
    }

    private string Link(string pathAndQuery)
    {
        var baseUrl = options.Value.BaseUrl;
        // Development only: elsewhere BaseUrl is required at start-up.
        if (string.IsNullOrWhiteSpace(baseUrl) && http.HttpContext?.Request is { } request)
        {
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return baseUrl.TrimEnd('/') + pathAndQuery;
    }
}
