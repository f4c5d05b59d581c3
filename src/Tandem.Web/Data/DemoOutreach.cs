using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Outreach;

namespace Tandem.Web.Data;

/// <summary>
/// The demo site Utrecht's public page (/Sites/tandem-utrecht: contact, how to start, colour, live since two months ago)
/// and one self-referral waiting in its intake queue.
/// </summary>
public static class DemoOutreach
{
    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var utrecht = await db.Sites.SingleAsync(s => s.Name == "Tandem Utrecht", ct);
        utrecht.Configure(utrecht.Settings with
        {
            Slug = "tandem-utrecht",
            Phone = "030 123 45 67",
            Email = "aanmelden@demo.tandem.nl",
            Address = "Catharijnesingel 1\n3511 GA Utrecht",
            OpeningHours = "Monday to Friday 9:00–17:00",
            HowToStartNl = "Meld je aan met het formulier of laat je huisarts je verwijzen. Binnen een week bellen we je voor een kennismakingsgesprek.",
            HowToStartEn = "Sign up with the form or ask your GP to refer you. Within a week we call you for a first conversation.",
            BrandColour = "#1F5F8B",
            GoLiveOn = Domain.ClinicCalendar.DateOf(now).AddMonths(-2),
        });
        db.Referrals.Add(Referral.FromSelf(
            utrecht.OrganisationId, utrecht.Id, "Kim Verhoeven", "kim@example.nl", null, "cfs", "Ik heb sinds twee jaar last van vermoeidheid.", consent: true, now.AddHours(-5)));
        await db.SaveChangesAsync(ct);
    }
}
