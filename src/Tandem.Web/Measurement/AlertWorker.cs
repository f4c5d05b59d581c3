using Microsoft.Extensions.Options;

namespace Tandem.Web.Measurement;

/// <summary>Runs <see cref="AlertDispatcher.RunOnceAsync"/> on every tick of the configured interval.</summary>
public sealed partial class AlertWorker(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<AlertOptions> options, ILogger<AlertWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().RunOnceAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A database hiccup must not stop alerts for good; the next tick tries again.
                LogPassFailed(logger, failure.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert pass failed: {Error}")]
    private static partial void LogPassFailed(ILogger logger, string error);
}
