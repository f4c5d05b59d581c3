using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;

namespace Tandem.Web.Data;

/// <summary>
/// Production's first account: <c>Tandem.Web bootstrap-admin --organisation NAME --email EMAIL --name NAME</c>
/// creates the organisation and prints a one-time invitation link for its first administrator.
/// </summary>
public static class BootstrapAdmin
{
    public const string Command = "bootstrap-admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var (organisationName, email, name) = (Arg("--organisation"), Arg("--email"), Arg("--name"));
        if (string.IsNullOrWhiteSpace(organisationName) || string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name))
        {
            Console.Error.WriteLine($"Usage: {Command} --organisation NAME --email EMAIL --name \"FULL NAME\"");
            return 2;
        }

        AppOptions options;
        try
        {
            options = app.Services.GetRequiredService<IOptions<AppOptions>>().Value;
        }
        catch (OptionsValidationException invalid)
        {
            Console.Error.WriteLine(invalid.Message);
            return 2;
        }

        await app.PrepareDatabaseAsync(seedDemo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == organisationName);
        if (organisation is null)
        {
            organisation = new Organisation(organisationName);
            db.Organisations.Add(organisation);
        }

        var issued = Invitation.ForStaff(organisation.Id, null, null, email, name, [Role.OrgAdmin], Guid.Empty, clock.GetUtcNow(), TimeSpan.FromDays(1));
        db.Invitations.Add(issued.Invitation);
        await db.SaveChangesAsync();

        Console.WriteLine($"Invitation for the first administrator of '{organisation.Name}' (valid for 24 hours, single use):");
        Console.WriteLine($"{options.BaseUrl.TrimEnd('/')}/Account/AcceptInvitation?token={Uri.EscapeDataString(issued.Token)}");
        return 0;
    }
}
