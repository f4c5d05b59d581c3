using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Outreach;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Outreach;

namespace Tandem.IntegrationTests.Outreach;

public sealed class IntakeTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Staff_of_the_site_see_the_referral_open_it_audited_and_move_it_to_contacted_but_not_to_invited_by_hand()
    {
        var clinic = await app.CreateClinicAsync();
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Iris Intake");
        var referral = await ReferAsync(clinic, "Noor Referred");
        using var therapist = await StaffAsync(therapistUser);

        var (_, queue) = await therapist.GetPageAsync("/Staff/Intake");
        Assert.Contains("Noor Referred", queue.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var page = $"/Staff/Intake/Detail/{referral.Id}";
        var (opened, detail) = await therapist.GetPageAsync(page);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("noor@example.nl", detail.Body!.TextContent, StringComparison.Ordinal);

        var skip = await therapist.PostFormAsync(page, ("Input.Status", "Invited"), ("Input.Note", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, skip.StatusCode);
        Assert.Contains("cannot move to that status", await FormClient.ErrorsAsync(skip), StringComparison.Ordinal);
        (await therapist.PostFormAsync(page, ("Input.Status", "Contacted"), ("Input.Note", "Called, intake on Monday."))).AssertRedirect(page);
        // Invited is reached only by sending the invitation (IntakeInvitationTests), so it always names the patient.
        var byHand = await therapist.PostFormAsync(page, ("Input.Status", "Invited"), ("Input.Note", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byHand.StatusCode);

        var stored = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id));
        Assert.Equal(ReferralStatus.Contacted, stored.Status);
        var (_, after) = await therapist.GetPageAsync(page);
        Assert.Contains("Iris Intake: Contacted: Called, intake on Monday.", after.QuerySelector("ol.history")!.TextContent.Squeezed(), StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.UserId == therapistUser.Id && e.ObjectType == nameof(Referral)).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditAction.Search, audit);
        Assert.Contains(AuditAction.Read, audit);
        Assert.Equal(1, audit.Count(a => a == AuditAction.Update));
    }

    [Fact]
    public async Task Staff_of_another_site_do_not_find_the_referral_and_roles_without_intake_are_refused()
    {
        var clinic = await app.CreateClinicAsync();
        var referral = await ReferAsync(clinic, "Elsewhere Person");
        using var otherSite = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager], team: clinic.OtherTeam));

        Assert.Equal(HttpStatusCode.NotFound, (await otherSite.GetAsync($"/Staff/Intake/Detail/{referral.Id}")).StatusCode);
        var (_, queue) = await otherSite.GetPageAsync("/Staff/Intake");
        Assert.DoesNotContain("Elsewhere Person", queue.Body!.TextContent, StringComparison.Ordinal);
        using var lead = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.ImplementationLead]));
        (await lead.GetAsync("/Staff/Intake")).AssertRedirect("/Account/AccessDenied");
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.ObjectId == referral.Id.ToString() && e.Action == AuditAction.Read)));
    }

    [Fact]
    public async Task The_sites_managers_are_told_once_that_a_referral_waits_without_any_of_its_content()
    {
        var clinic = await app.CreateClinicAsync();
        var manager = await app.CreateStaffAsync(clinic, [Role.Manager]);
        var otherManager = await app.CreateStaffAsync(clinic, [Role.Manager], team: clinic.OtherTeam);
        await ReferAsync(clinic, "Secret Person");

        await RunNoticesAsync();
        await RunNoticesAsync();

        var mail = app.Mail.SingleTo(manager.Email);
        Assert.Equal("A new referral is waiting in Tandem", mail.Subject);
        Assert.Contains("/Staff/Intake", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(app.Mail.To(otherManager.Email));
    }

    private async Task RunNoticesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReferralNotices>().RunOnceAsync(TestContext.Current.CancellationToken);
    }

    private Task<Referral> ReferAsync(Clinic clinic, string name) => app.WithDbAsync(async db =>
    {
        var referral = Referral.FromSelf(clinic.OrganisationId, clinic.Team.SiteId, name, "noor@example.nl", null, "cfs", "Graag snel.", consent: true, app.Clock.GetUtcNow());
        db.Referrals.Add(referral);
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
