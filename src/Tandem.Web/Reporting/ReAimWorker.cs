using Microsoft.Extensions.Options;

namespace Tandem.Web.Reporting;

/// <summary>Recomputes the RE-AIM roll-up at start-up and then every <see cref="ReportingOptions.RefreshMinutes"/>.</summary>
public sealed partial class ReAimWorker(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReportingOptions> options, ILogger<ReAimWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RefreshMinutes), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReAimRollup>().RefreshAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The dashboard keeps the previous figures (and says how old they are); the next tick tries again.
                LogRefreshFailed(logger, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "RE-AIM roll-up failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception failure);
}
