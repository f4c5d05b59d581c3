using Microsoft.Extensions.Options;
using Tandem.Web.Implementation;
using Tandem.Web.Outreach;
using Tandem.Web.Training;

namespace Tandem.Web.Reminders;

/// <summary>
/// Runs <see cref="ReminderDispatcher.RunOnceAsync"/>, <see cref="ImplementationNotices.RunOnceAsync"/>,
/// <see cref="TrainingNotices.RunOnceAsync"/> and <see cref="ReferralNotices.RunOnceAsync"/> on every tick of the configured interval.
/// </summary>
public sealed partial class ReminderWorker(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunOnceAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<ImplementationNotices>().RunOnceAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<TrainingNotices>().RunOnceAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<ReferralNotices>().RunOnceAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A database hiccup must not stop reminders for good; the next tick tries again.
                LogPassFailed(logger, failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception failure);
}
