using Tandem.Domain.Diaries;

namespace Tandem.Web.Diaries;

public static class DiarySetup
{
    /// <summary>
    /// Site setting <c>Diaries:DaysMetPerWeek</c> (see <see cref="GradedTarget.DefaultDaysMetPerWeek"/> for its source),
    /// read once at start-up so a wrong value stops the start rather than a patient's page.
    /// </summary>
    public static IServiceCollection AddGradedTargets(this IServiceCollection services, IConfiguration config) =>
        services.AddSingleton(new GradedTarget(config.GetValue("Diaries:DaysMetPerWeek", GradedTarget.DefaultDaysMetPerWeek)));
}
