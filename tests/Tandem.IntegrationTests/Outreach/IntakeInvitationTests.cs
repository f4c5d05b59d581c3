using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Outreach;
using Tandem.Domain.Patients;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Data;

namespace Tandem.IntegrationTests.Outreach;

/// <summary>From a referral in the intake queue to a patient invitation: the form filled in on the server, one invitation only.</summary>
public sealed class IntakeInvitationTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task The_invitation_form_opened_from_a_contacted_referral_shows_its_name_email_site_and_programme_and_the_address_holds_only_its_id()
    {
        var clinic = await app.CreateClinicAsync();
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var referral = await ReferAsync(clinic, "Noor van Dijk", therapistUser);
        using var therapist = await StaffAsync(therapistUser);

        var (_, detail) = await therapist.GetPageAsync($"/Staff/Intake/Detail/{referral.Id}");
        var action = detail.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Invite to Tandem").GetAttribute("href");
        Assert.Equal($"/Staff/Patients/Invite?referral={referral.Id}", action);
        var (opened, form) = await therapist.GetPageAsync(action!);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(("Noor", "van Dijk", referral.Email), (Value(form, "Input.GivenName"), Value(form, "Input.FamilyName"), Value(form, "Input.Email")));
        Assert.Equal(referral.Id.ToString(), Value(form, "referral"));
        var from = form.QuerySelectorAll("section.card dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("Noor van Dijk", from);
        Assert.Contains("Site A", from);
        Assert.Contains("Getting a grip on fatigue: online treatment for CFS", from);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(
            e => e.UserId == therapistUser.Id && e.ObjectId == referral.Id.ToString() && e.Action == AuditAction.Read)));
    }

    [Fact]
    public async Task Sending_the_prefilled_invitation_links_the_referral_to_the_new_patient_marks_it_invited_and_audits_it()
    {
        var clinic = await app.CreateClinicAsync();
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Iris Intake");
        var referral = await ReferAsync(clinic, "Sam de Boer", therapistUser);
        using var therapist = await StaffAsync(therapistUser);

        var sent = await SendPrefilledAsync(therapist, referral.Id);

        Assert.StartsWith("/Staff/Patients/Detail/", sent.RedirectPath(), StringComparison.Ordinal);
        var patientId = Guid.Parse(sent.RedirectPath()!["/Staff/Patients/Detail/".Length..]);
        var stored = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id));
        Assert.Equal((ReferralStatus.Invited, patientId), (stored.Status, stored.PatientId));
        var patient = await app.WithDbAsync(db => db.Patients.AsNoTracking().SingleAsync(p => p.Id == patientId));
        Assert.Equal(("Sam", "de Boer", referral.Email, clinic.Team.SiteId), (patient.GivenName, patient.FamilyName, patient.Email, patient.SiteId));
        var step = await app.WithDbAsync(db => db.ReferralEvents.AsNoTracking().SingleAsync(e => e.ReferralId == referral.Id && e.Status == ReferralStatus.Invited));
        Assert.Equal(therapistUser.Id, step.ByUserId);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(
            e => e.UserId == therapistUser.Id && e.ObjectType == nameof(Referral) && e.ObjectId == referral.Id.ToString() && e.Action == AuditAction.Update)));
        Assert.Single(app.Mail.To(referral.Email!));

        var (_, detail) = await therapist.GetPageAsync($"/Staff/Intake/Detail/{referral.Id}");
        var text = detail.Body!.TextContent.Squeezed();
        Assert.Contains("This person was invited to Tandem. Open the patient record of Sam de Boer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Invite to Tandem", text, StringComparison.Ordinal);
        Assert.Contains("Iris Intake: Invited", detail.QuerySelector("ol.history")!.TextContent.Squeezed(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_invitation_for_the_same_referral_is_refused_clearly_and_nothing_more_is_stored_or_sent()
    {
        var clinic = await app.CreateClinicAsync();
        var firstUser = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var referral = await ReferAsync(clinic, "Lotte Smit", firstUser);
        using var first = await StaffAsync(firstUser);
        using var second = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));
        var url = $"/Staff/Patients/Invite?referral={referral.Id}";
        var (_, secondForm) = await second.GetPageAsync(url);

        Assert.StartsWith("/Staff/Patients/Detail/", (await SendPrefilledAsync(first, referral.Id)).RedirectPath(), StringComparison.Ordinal);
        var late = await second.PostAsync(url, Fields(secondForm));
        var reopened = await second.GetAsync(url);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("This referral has already been invited to Tandem.", await FormClient.ErrorsAsync(late), StringComparison.Ordinal);
        Assert.Null((await FormClient.ParseAsync(late)).QuerySelector("input[name='Input.Email']"));
        Assert.Equal(HttpStatusCode.Conflict, reopened.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Patients.CountAsync(p => p.OrganisationId == clinic.OrganisationId)));
        Assert.Single(app.Mail.To(referral.Email!));
    }

    [Fact]
    public async Task Two_invitations_of_the_same_referral_saved_at_once_leave_one_patient_because_the_second_is_refused()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var referral = await ReferAsync(clinic, "Bram Visser", therapist);
        await using var oneScope = app.Services.CreateAsyncScope();
        await using var otherScope = app.Services.CreateAsyncScope();
        var (one, other) = (oneScope.ServiceProvider.GetRequiredService<AppDbContext>(), otherScope.ServiceProvider.GetRequiredService<AppDbContext>());
        var ct = TestContext.Current.CancellationToken;
        var (mine, theirs) = (await one.Referrals.SingleAsync(r => r.Id == referral.Id, ct), await other.Referrals.SingleAsync(r => r.Id == referral.Id, ct));

        var firstPatient = Invite(one, mine);
        await one.SaveChangesAsync(ct);
        Invite(other, theirs);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => other.SaveChangesAsync(ct));
        var stored = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id));
        Assert.Equal(firstPatient, stored.PatientId);
        Assert.Equal(1, await app.WithDbAsync(db => db.Patients.CountAsync(p => p.OrganisationId == clinic.OrganisationId)));
        Assert.Equal(1, await app.WithDbAsync(db => db.ReferralEvents.CountAsync(e => e.ReferralId == referral.Id && e.Status == ReferralStatus.Invited)));

        Guid Invite(AppDbContext db, Referral tracked)
        {
            var now = app.Clock.GetUtcNow();
            var patient = new Patient(clinic.OrganisationId, clinic.Team.SiteId, clinic.Team.TeamId, therapist.Id, "Bram", "Visser", referral.Email!, now);
            db.Patients.Add(patient);
            db.ReferralEvents.Add(tracked.Invite(patient.Id, therapist.Id, now));
            return patient.Id;
        }
    }

    [Fact]
    public async Task A_referral_of_another_site_or_organisation_is_not_found_from_the_invitation_form()
    {
        var clinic = await app.CreateClinicAsync();
        var ownSiteUser = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var referral = await ReferAsync(clinic, "Elders Persoon", ownSiteUser);
        using var ownSite = await StaffAsync(ownSiteUser);
        var (_, form) = await ownSite.GetPageAsync($"/Staff/Patients/Invite?referral={referral.Id}");
        using var otherSite = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam));
        var otherClinic = await app.CreateClinicAsync();
        using var otherOrganisation = await StaffAsync(await app.CreateStaffAsync(otherClinic, [Role.Therapist]));
        var url = $"/Staff/Patients/Invite?referral={referral.Id}";

        foreach (var outsider in new[] { otherSite, otherOrganisation })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
            var (_, own) = await outsider.GetPageAsync("/Staff/Patients/Invite");
            var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var fields = Fields(form).Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token));
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync(url, fields)).StatusCode);
        }

        var stored = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id));
        Assert.Equal((ReferralStatus.Contacted, (Guid?)null), (stored.Status, stored.PatientId));
        Assert.Empty(app.Mail.To(referral.Email!));
    }

    [Fact]
    public async Task A_malformed_referral_id_or_a_referral_not_yet_contacted_is_refused_with_a_message_and_no_form()
    {
        var clinic = await app.CreateClinicAsync();
        var fresh = await ReferAsync(clinic, "Nog Niet Gebeld", contactedBy: null);
        using var therapist = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));

        var malformed = await therapist.GetAsync("/Staff/Patients/Invite?referral=not-a-referral");
        var tooEarly = await therapist.GetAsync($"/Staff/Patients/Invite?referral={fresh.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("This link to a referral is not valid.", await FormClient.ErrorsAsync(malformed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Contains("Only a referral with the status Contacted can be invited.", await FormClient.ErrorsAsync(tooEarly), StringComparison.Ordinal);
        Assert.Null((await FormClient.ParseAsync(tooEarly)).QuerySelector("input[name='Input.GivenName']"));
    }

    private static string? Value(IDocument page, string name) => page.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    /// <summary>Every field of the page's form with the value it has, as a browser would send it unchanged.</summary>
    private static List<KeyValuePair<string, string>> Fields(IDocument page) =>
        [.. page.QuerySelector("input[name='Input.Email']")!.Closest("form")!.QuerySelectorAll("input[name]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))];

    private static async Task<HttpResponseMessage> SendPrefilledAsync(FormClient client, Guid referralId)
    {
        var url = $"/Staff/Patients/Invite?referral={referralId}";
        var (_, form) = await client.GetPageAsync(url);
        return await client.PostAsync(url, Fields(form));
    }

    /// <summary>A self-referral to the clinic's first site, moved to contacted by <paramref name="contactedBy"/> unless null.</summary>
    private Task<Referral> ReferAsync(Clinic clinic, string name, TestUser? contactedBy) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow();
        var referral = Referral.FromSelf(clinic.OrganisationId, clinic.Team.SiteId, name, $"ref-{Guid.NewGuid():N}@example.nl", null, "cfs", "Graag snel.", consent: true, now);
        db.Referrals.Add(referral);
        if (contactedBy is not null)
        {
            db.ReferralEvents.Add(referral.MoveTo(ReferralStatus.Contacted, contactedBy.Id, "Gebeld.", now));
        }

        await db.SaveChangesAsync();
        return referral;
    });

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
