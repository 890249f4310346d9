using IucRecruit.Data.Messages;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Features.Messages;

/// <summary>
/// Sends the outbox in the background (docs/decisions/0062): every <c>Messages:PollInterval</c> it
/// sends what is due, in a scope of its own. Any node may run it: messages are claimed one at a
/// time. A failed round (the database away) is logged and the next round tries again.
/// </summary>
public sealed partial class OutboxWorker(
    IServiceScopeFactory scopes, IOptions<MessagesOptions> options, TimeProvider clock, ILogger<OutboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
                // A full batch means more may be waiting: carry on at once rather than after the interval.
                while (await dispatcher.SendDueAsync(stoppingToken) >= OutboxDispatcher.Batch && !stoppingToken.IsCancellationRequested) { }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(log, e);
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox could not be read; trying again at the next interval")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
