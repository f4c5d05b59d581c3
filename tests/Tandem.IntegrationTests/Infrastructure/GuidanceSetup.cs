using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Guidance;
using Tandem.Web.Guidance;

namespace Tandem.IntegrationTests.Infrastructure;

public static class GuidanceSetup
{
    /// <summary>A therapist's worklist as the start page builds it.</summary>
    public static async Task<IReadOnlyList<WorkItem>> WorkOfAsync(this TandemApp app, Clinic clinic, TestUser therapist, params Role[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var viewer = new Viewer(therapist.Id, clinic.OrganisationId, clinic.Team.SiteId, clinic.Team.TeamId,
            new HashSet<Role>(roles is [] ? [Role.Therapist] : roles), MfaVerified: true);
        return (await scope.ServiceProvider.GetRequiredService<Worklist>().LoadAsync(viewer, TestContext.Current.CancellationToken)).Items;
    }
}
