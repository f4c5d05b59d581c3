using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Implementation;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Implementation;

namespace Tandem.IntegrationTests.Implementation;

public sealed class PlanTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task A_lead_builds_a_plan_from_matched_strategies_adds_actions_and_every_change_enters_the_history()
    {
        var clinic = await app.CreateClinicAsync();
        var leadUser = await app.CreateStaffAsync(clinic, [Role.ImplementationLead]);
        var owner = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Owner Therapist");
        var elsewhere = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        using var lead = await StaffAsync(leadUser);

        var (_, form) = await lead.GetPageAsync("/Staff/Implementation/Plans/New?c=III.F&c=I.D&s=51&s=63&s=999");
        Assert.Equal(["III.F", "I.D"], form.QuerySelectorAll("input[name='Input.Barriers'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["51", "63"], form.QuerySelectorAll("input[name='Input.Strategies'][checked]").Select(i => i.GetAttribute("value")));

        var noGoals = await lead.PostFormAsync("/Staff/Implementation/Plans/New", ("Input.SiteId", clinic.Team.SiteId.ToString()), ("Input.Title", "Plan"), ("Input.Goals", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noGoals.StatusCode);
        var created = await lead.PostFormAsync("/Staff/Implementation/Plans/New",
            ("Input.SiteId", clinic.Team.SiteId.ToString()), ("Input.Title", "Online from the start"), ("Input.Goals", "Twenty patients a quarter start online."),
            ("Input.NextReviewOn", Day(30)), ("Input.Barriers", "III.F"), ("Input.Strategies", "51"), ("Input.Strategies", "63"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = Guid.Parse(created.RedirectPath()!.Split('/')[^1]);
        var plan = await app.WithDbAsync(db => db.ImplementationPlans.AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal(["III.F"], plan.BarrierIds);
        Assert.Equal([51, 63], plan.StrategyIds);

        var page = $"/Staff/Implementation/Plans/Detail/{planId}";
        var foreignOwner = await lead.PostFormAsync(page, [new("NewAction.Description", "Train the intake team"), new("NewAction.OwnerId", elsewhere.Id.ToString()), new("NewAction.DueOn", Day(10))], page + "?handler=AddAction");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreignOwner.StatusCode);
        Assert.Contains("owner from the site's staff", await FormClient.ErrorsAsync(foreignOwner), StringComparison.Ordinal);
        var past = await lead.PostFormAsync(page, [new("NewAction.Description", "Train the intake team"), new("NewAction.OwnerId", owner.Id.ToString()), new("NewAction.DueOn", Day(-5))], page + "?handler=AddAction");
        Assert.Contains("from yesterday up to two years ahead", await FormClient.ErrorsAsync(past), StringComparison.Ordinal);
        (await lead.PostFormAsync(page, [new("NewAction.Description", "Train the intake team"), new("NewAction.StrategyId", "63"), new("NewAction.OwnerId", owner.Id.ToString()), new("NewAction.DueOn", Day(10))], page + "?handler=AddAction"))
            .AssertRedirect(page);
        (await lead.PostFormAsync(page, [new("strategyId", "5")], page + "?handler=AddStrategy")).AssertRedirect(page);
        (await lead.PostFormAsync(page, [new("strategyId", "51")], page + "?handler=RemoveStrategy")).AssertRedirect(page);
        var stale = await lead.PostFormAsync(page, [new("Edit.Title", "Renamed"), new("Edit.Goals", plan.Goals), new("Edit.Version", (plan.Version - 1).ToString(CultureInfo.InvariantCulture))], page + "?handler=Edit");
        Assert.Contains("Someone else changed this plan", await FormClient.ErrorsAsync(stale), StringComparison.Ordinal);
        var noNote = await lead.PostFormAsync(page, [new("held", "true"), new("Review.Note", ""), new("Review.NextReviewOn", Day(30))], page + "?handler=Review");
        Assert.Contains("what the review concluded", await FormClient.ErrorsAsync(noNote), StringComparison.Ordinal);
        (await lead.PostFormAsync(page, [new("held", "true"), new("Review.Note", "Intake now mentions the online option."), new("Review.NextReviewOn", Day(90))], page + "?handler=Review"))
            .AssertRedirect(page);

        using var ownerClient = await StaffAsync(owner);
        var actionId = await app.WithDbAsync(db => db.PlanActions.Where(a => a.PlanId == planId).Select(a => a.Id).SingleAsync());
        var (_, start) = await ownerClient.GetPageAsync("/Staff/Implementation");
        Assert.Contains("Train the intake team", start.Body!.TextContent, StringComparison.Ordinal);
        (await ownerClient.PostFormAsync("/Staff/Implementation", [new("status", "Done")], $"/Staff/Implementation?handler=ActionStatus&actionId={actionId}")).AssertRedirect("/Staff/Implementation");
        using var other = await StaffAsync(elsewhere);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/Staff/Implementation", [new("status", "Open")], $"/Staff/Implementation?handler=ActionStatus&actionId={actionId}")).StatusCode);
        (await other.GetAsync(page)).AssertRedirect("/Account/AccessDenied"); // a therapist leads no plan

        var history = await app.WithDbAsync(db => db.PlanChanges.Where(c => c.PlanId == planId).OrderBy(c => c.Id).Select(c => c.Kind).ToListAsync());
        Assert.Equal(
            [PlanChangeKind.Created, PlanChangeKind.ActionAdded, PlanChangeKind.StrategyAdded, PlanChangeKind.StrategyRemoved, PlanChangeKind.Reviewed, PlanChangeKind.ReviewScheduled, PlanChangeKind.ActionStatusChanged],
            history);
        var (_, detail) = await lead.GetPageAsync(page);
        Assert.Contains("Intake now mentions the online option.", detail.QuerySelector("ol.history")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Train the intake team → Done", detail.QuerySelector("ol.history")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == owner.Id && e.ObjectType == nameof(PlanAction) && e.Action == AuditAction.Update)));
        using var otherLead = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.ImplementationLead], team: clinic.OtherTeam));
        Assert.Equal(HttpStatusCode.NotFound, (await otherLead.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Invitations_actions_coming_due_and_reviews_are_e_mailed_once_without_their_content()
    {
        var clinic = await app.CreateClinicAsync();
        var leadUser = await app.CreateStaffAsync(clinic, [Role.ImplementationLead]);
        var owner = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var now = app.Clock.GetUtcNow();
        var today = ClinicCalendar.DateOf(now);
        var round = new CfirRound(clinic.OrganisationId, clinic.Team.SiteId, leadUser.Id, "Spring", today.AddDays(7), ["I.A"], now);
        var plan = new ImplementationPlan(clinic.OrganisationId, clinic.Team.SiteId, leadUser.Id, "Plan", "Secret goal", [], [], today.AddDays(2), now);
        var soon = new PlanAction(plan.Id, null, "Secret action text", owner.Id, today.AddDays(3), now);
        var later = new PlanAction(plan.Id, null, "Later", owner.Id, today.AddDays(20), now);
        await app.WithDbAsync(async db =>
        {
            db.AddRange(round, plan);
            db.Add(new CfirInvitation(round.Id, owner.Id, now));
            db.AddRange(soon, later);
            await db.SaveChangesAsync();
        });

        Assert.Equal(3, await RunNoticesAsync());
        Assert.Equal(0, await RunNoticesAsync());

        var toOwner = app.Mail.To(owner.Email);
        Assert.Equal(2, toOwner.Count);
        Assert.Contains(toOwner, m => m.Subject == "Your colleagues ask for your view in Tandem");
        Assert.Contains(toOwner, m => m.Subject == "An action of an implementation plan is due" && m.TextBody!.Contains(today.AddDays(3).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal));
        Assert.Equal("An implementation plan is due for review", app.Mail.SingleTo(leadUser.Email).Subject);
        Assert.All(toOwner.Append(app.Mail.SingleTo(leadUser.Email)), m =>
        {
            Assert.DoesNotContain("Secret", m.TextBody, StringComparison.Ordinal);
            Assert.Contains("/Staff/Implementation", m.TextBody, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_refused_e_mail_is_tried_again_on_the_next_pass()
    {
        var clinic = await app.CreateClinicAsync();
        var leadUser = await app.CreateStaffAsync(clinic, [Role.ImplementationLead]);
        var owner = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var now = app.Clock.GetUtcNow();
        var plan = new ImplementationPlan(clinic.OrganisationId, clinic.Team.SiteId, leadUser.Id, "Plan", "Goal", [], [], null, now);
        await app.WithDbAsync(async db =>
        {
            db.Add(plan);
            db.Add(new PlanAction(plan.Id, null, "Do it", owner.Id, ClinicCalendar.DateOf(now).AddDays(1), now));
            await db.SaveChangesAsync();
        });
        app.Mail.Refuse(owner.Email, times: 1);

        await RunNoticesAsync();
        Assert.Empty(app.Mail.To(owner.Email));
        await RunNoticesAsync();
        Assert.Single(app.Mail.To(owner.Email));
    }

    private async Task<int> RunNoticesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImplementationNotices>().RunOnceAsync(TestContext.Current.CancellationToken);
    }

    private string Day(int fromToday) => ClinicCalendar.DateOf(app.Clock.GetUtcNow()).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
