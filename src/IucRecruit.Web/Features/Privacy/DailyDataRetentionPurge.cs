using IucRecruit.Core.Privacy;
using IucRecruit.Data.Privacy;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Features.Privacy;

/// <summary>Runs the retention purge every day at <c>Retention:PurgeTime</c> (UK clocks), when
/// <c>Retention:DailyPurge</c> is on. A failed run is logged and tried again the next day; the
/// command line runs the same purge on demand.</summary>
public sealed partial class DailyDataRetentionPurge(
    IServiceScopeFactory scopes, IOptions<DataRetentionOptions> options, TimeProvider clock, ILogger<DailyDataRetentionPurge> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DailyPurge) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await Task.Delay(DataRetentionRules.NextRunUtc(now, options.Value.PurgeTime) - now, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DataRetentionPurge>().RunAsync(dryRun: false, Actor.ScheduledPurge, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention purge failed; it runs again tomorrow")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
