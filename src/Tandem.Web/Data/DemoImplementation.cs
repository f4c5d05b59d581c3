using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Implementation;

namespace Tandem.Web.Data;

/// <summary>
/// A demo CFIR assessment round at the lead's site, opened three weeks ago with six constructs: the site's therapist
/// and supervisor have sent their ratings (agreeing on a time barrier, differing on compatibility); the manager has not.
/// </summary>
public static class DemoImplementation
{
    private static readonly string[] Constructs = ["I.C", "I.F", "III.C", "III.F", "III.J", "IV.L"];

    // Per rater, the score for each construct above (null = don't know) and a comment on one of them.
    private static readonly (string Email, int?[] Scores, string Construct, string Comment)[] Raters =
    [
        ("therapist@demo.tandem.nl", [2, -1, -1, 1, -2, -2], "IV.L", "Writing feedback has no place in my schedule yet."),
        ("supervisor@demo.tandem.nl", [1, 0, -1, -1, -1, -2], "III.F", "Intake still plans face-to-face treatment by default."),
    ];

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lead = await db.Users.SingleAsync(u => u.Email == "lead@demo.tandem.nl", ct);
        var opened = now.AddDays(-21);
        var round = new CfirRound(lead.OrganisationId, lead.SiteId!.Value, lead.Id, "Start of the online treatment, autumn", Domain.ClinicCalendar.DateOf(now).AddDays(7), Constructs, opened);
        db.CfirRounds.Add(round);
        foreach (var (email, scores, commented, comment) in Raters)
        {
            var rater = await db.Users.SingleAsync(u => u.Email == email, ct);
            var invitation = new CfirInvitation(round.Id, rater.Id, opened);
            invitation.Submit(opened.AddDays(3));
            db.CfirInvitations.Add(invitation);
            for (var i = 0; i < Constructs.Length; i++)
            {
                var rating = new CfirRating(round.Id, rater.Id, Constructs[i]);
                rating.Rate(scores[i], Constructs[i] == commented ? comment : null, opened.AddDays(3));
                db.CfirRatings.Add(rating);
            }
        }

        var manager = await db.Users.SingleAsync(u => u.Email == "manager@demo.tandem.nl", ct);
        db.CfirInvitations.Add(new CfirInvitation(round.Id, manager.Id, opened));
        await db.SaveChangesAsync(ct);
    }
}
