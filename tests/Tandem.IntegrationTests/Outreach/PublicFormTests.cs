using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Audit;
using Tandem.Domain.Outreach;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Outreach;

public sealed class PublicFormTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task The_public_site_page_shows_its_offer_how_to_start_contact_and_forms_in_both_languages()
    {
        var clinic = await app.CreateClinicAsync();
        var slug = await app.PublishAsync(clinic, s => s with { HowToStartNl = "Bel ons gerust.", HowToStartEn = "Just call us.", BrandColour = "#1F5F8B", DisabledProgrammes = ["chronic-pain"] });
        using var visitor = app.NewClient();

        var (response, english) = await visitor.GetPageAsync($"/Sites/{slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Just call us.", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("030 123 45 67", english.Body.TextContent, StringComparison.Ordinal);
        Assert.NotNull(english.QuerySelector("a[href='/Programmes/Detail/cfs']"));
        Assert.Null(english.QuerySelector("a[href='/Programmes/Detail/chronic-pain']"));
        Assert.NotNull(english.QuerySelector($"a[href='/Sites/{slug}/Interest']"));
        Assert.NotNull(english.QuerySelector($"a[href='/Sites/{slug}/Referral']"));
        Assert.NotNull(english.QuerySelector($"link[href='/Sites/{slug}/theme.css']"));
        Assert.Contains("--site-brand: #1F5F8B", await visitor.Http.GetStringAsync($"/Sites/{slug}/theme.css", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        visitor.Language = "nl";
        var (_, dutch) = await visitor.GetPageAsync($"/Sites/{slug}");
        Assert.Equal("nl", dutch.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Bel ons gerust.", dutch.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Verwijsformulier voor huisartsen", dutch.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/Sites/no-such-site")).StatusCode);
    }

    [Fact]
    public async Task A_self_referral_is_stored_and_audited_and_the_sender_is_thanked_without_any_content_in_the_address()
    {
        var clinic = await app.CreateClinicAsync();
        var slug = await app.PublishAsync(clinic);
        using var visitor = app.NewClient();
        var name = $"Kim {Guid.NewGuid():N}";

        var response = await visitor.SendFormAsync($"/Sites/{slug}/Interest", OutreachSetup.SelfReferral(name));

        response.AssertRedirect($"/Sites/{slug}/Thanks");
        Assert.DoesNotContain("Kim", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var referral = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Name == name));
        Assert.Equal((ReferralKind.Self, ReferralStatus.New, clinic.Team.SiteId, "cfs"), (referral.Kind, referral.Status, referral.SiteId, referral.ProgrammeId));
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.ObjectId == referral.Id.ToString()));
        Assert.Equal((AuditActor.Public, AuditAction.Create, clinic.OrganisationId), (entry.Actor, entry.Action, entry.OrganisationId));
        var (_, thanks) = await visitor.GetPageAsync($"/Sites/{slug}/Thanks");
        Assert.Contains("What happens next", thanks.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gp_referral_is_stored_with_the_gp_and_the_patient()
    {
        var clinic = await app.CreateClinicAsync();
        var slug = await app.PublishAsync(clinic);
        using var gp = app.NewClient();
        var patient = $"Piet {Guid.NewGuid():N}";

        (await gp.SendFormAsync($"/Sites/{slug}/Referral", OutreachSetup.GpReferral(patient))).AssertRedirect($"/Sites/{slug}/Thanks");

        var referral = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Name == patient));
        Assert.Equal((ReferralKind.Gp, "01234567", "Huisartsenpraktijk Oost", "06 12345678"), (referral.Kind, referral.GpAgbCode, referral.GpPractice, referral.Phone));
    }

    [Fact]
    public async Task Bad_input_is_shown_at_the_fields_in_the_visitors_language_with_the_values_kept()
    {
        var clinic = await app.CreateClinicAsync();
        var slug = await app.PublishAsync(clinic, s => s with { DisabledProgrammes = ["chronic-pain"] });
        using var visitor = app.NewClient();
        var before = await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SiteId == clinic.Team.SiteId));

        var noContact = await visitor.SendFormAsync($"/Sites/{slug}/Interest",
            OutreachSetup.SelfReferral("Kept Name").With("Input.Email", "").With("Input.Consent", "false").With("Input.ProgrammeId", "chronic-pain"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noContact.StatusCode);
        var errors = await FormClient.ErrorsAsync(noContact);
        Assert.Contains("Give an e-mail address or a phone number.", errors, StringComparison.Ordinal);
        Assert.Contains("Tick the box to agree", errors, StringComparison.Ordinal);
        Assert.Contains("Choose a programme from the list.", errors, StringComparison.Ordinal);
        Assert.Equal("Kept Name", (await FormClient.ParseAsync(noContact)).QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));

        visitor.Language = "nl";
        var badAgb = await visitor.SendFormAsync($"/Sites/{slug}/Referral",
            OutreachSetup.GpReferral().With("Input.AgbCode", "12ab").With("Input.PatientAgreed", "false").With("Input.GpEmail", "geen-adres"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badAgb.StatusCode);
        var dutch = await FormClient.ErrorsAsync(badAgb);
        Assert.Contains("Een AGB-code heeft 8 cijfers", dutch, StringComparison.Ordinal);
        Assert.Contains("Bevestig dat de patiënt instemt", dutch, StringComparison.Ordinal);
        Assert.Contains("geldig e-mailadres", dutch, StringComparison.Ordinal);

        var overLong = await visitor.SendFormAsync($"/Sites/{slug}/Interest",
            OutreachSetup.SelfReferral(new string('x', 5000)).With("Input.Message", new string('y', 100_000)).With("Input.Consent", "maybe"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overLong.StatusCode);
        Assert.Contains("maximaal 500 tekens", await FormClient.ErrorsAsync(overLong), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SiteId == clinic.Team.SiteId)));
    }

    [Fact]
    public async Task A_suspected_bot_is_thanked_like_anyone_but_nothing_is_stored()
    {
        var clinic = await app.CreateClinicAsync();
        var slug = await app.PublishAsync(clinic);
        using var bot = app.NewClient();
        var url = $"/Sites/{slug}/Interest";

        (await bot.SendFormAsync(url, OutreachSetup.SelfReferral().With("Website", "http://spam.example"))).AssertRedirect($"/Sites/{slug}/Thanks");
        (await bot.SendFormAsync(url, OutreachSetup.SelfReferral(), wait: TimeSpan.FromSeconds(1))).AssertRedirect($"/Sites/{slug}/Thanks");
        (await bot.SendFormAsync(url, OutreachSetup.SelfReferral().With("Stamp", "forged"))).AssertRedirect($"/Sites/{slug}/Thanks");
        (await bot.SendFormAsync($"/Sites/{slug}/Referral", OutreachSetup.GpReferral().With("Stamp", ""))).AssertRedirect($"/Sites/{slug}/Thanks");

        Assert.Equal(0, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SiteId == clinic.Team.SiteId)));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_and_an_expired_form_asks_to_send_again_which_works_at_once()
    {
        var clinic = await app.CreateClinicAsync();
        var slug = await app.PublishAsync(clinic);
        using var visitor = app.NewClient();
        var url = $"/Sites/{slug}/Interest";

        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.SendFormAsync(url, OutreachSetup.SelfReferral(), withToken: false)).StatusCode);
        var expired = await visitor.SendFormAsync(url, OutreachSetup.SelfReferral(), wait: TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, expired.StatusCode);
        Assert.Contains("open for too long", await FormClient.ErrorsAsync(expired), StringComparison.Ordinal);
        var again = await FormClient.ParseAsync(expired);
        string Field(string name) => again.QuerySelector($"input[name={name}]")!.GetAttribute("value")!;
        var resent = await visitor.PostAsync(url, OutreachSetup.SelfReferral()
            .With("Stamp", Field("Stamp")).With("__RequestVerificationToken", Field("__RequestVerificationToken"))
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        resent.AssertRedirect($"/Sites/{slug}/Thanks"); // sent again at once: a person correcting the form, not a bot
        Assert.Equal(1, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SiteId == clinic.Team.SiteId)));
    }

    [Fact]
    public async Task A_site_that_received_many_referrals_in_the_last_hour_answers_429()
    {
        var clinic = await app.CreateClinicAsync();
        var slug = await app.PublishAsync(clinic);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 60; i++)
            {
                db.Referrals.Add(Referral.FromSelf(clinic.OrganisationId, clinic.Team.SiteId, $"Flood {i}", "f@example.nl", null, null, null, consent: true, app.Clock.GetUtcNow()));
            }

            await db.SaveChangesAsync();
        });
        using var visitor = app.NewClient();

        var busy = await visitor.SendFormAsync($"/Sites/{slug}/Interest", OutreachSetup.SelfReferral(), wait: TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.Contains("try again in an hour", await FormClient.ErrorsAsync(busy), StringComparison.Ordinal);
    }
}

/// <summary>The per-address limit of the public forms, on an app where it is low.</summary>
public sealed class PublicFormRateLimitTests(PublicFormRateLimitTests.App app) : IClassFixture<PublicFormRateLimitTests.App>
{
    [Fact]
    public async Task One_address_sending_more_forms_than_the_hourly_limit_gets_429()
    {
        var clinic = await app.CreateClinicAsync();
        var slug = await app.PublishAsync(clinic);
        using var visitor = app.NewClient();

        for (var i = 0; i < 3; i++)
        {
            (await visitor.SendFormAsync($"/Sites/{slug}/Interest", OutreachSetup.SelfReferral(), wait: TimeSpan.FromSeconds(10))).AssertRedirect($"/Sites/{slug}/Thanks");
        }

        var refused = await visitor.SendFormAsync($"/Sites/{slug}/Interest", OutreachSetup.SelfReferral(), wait: TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SiteId == clinic.Team.SiteId)));
    }

    public sealed class App : TandemApp
    {
        protected override int OutreachPerHour => 3;
    }
}
