using IucRecruit.Core.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Messages;

/// <summary>
/// Sends the outbox messages that are due (docs/decisions/0062). Each message is first claimed with
/// one conditional UPDATE (unsent, and nobody else's claim current), which only one node's
/// statement can win on SQLite, PostgreSQL and SQL Server alike; only the winner sends it. A failure
/// is recorded on the row (attempts, the error) and the message waits longer each time
/// (<see cref="OutboxRules.NextAttemptUtc"/>), so a mail server that is down loses nothing.
/// </summary>
public sealed partial class OutboxDispatcher(
    RecruitmentDbContext db, MessageRenderer renderer, IMessageSender sender, IOptions<MessagesOptions> options,
    TimeProvider clock, ILogger<OutboxDispatcher> log)
{
    public const int Batch = 50;

    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentUtc == null && m.AbandonedUtc == null && m.NextAttemptUtc <= now &&
                        (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            var token = Guid.NewGuid();
            if (!await ClaimAsync(id, token, cancellationToken)) continue; // another node has it
            if (await SendAsync(id, token, cancellationToken)) sent++;
        }
        return sent;
    }

    private async Task<bool> ClaimAsync(Guid id, Guid token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + OutboxRules.Claim;
        return await db.OutboxMessages
            .Where(m => m.Id == id && m.SentUtc == null && m.AbandonedUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken) == 1;
    }

    private async Task<bool> SendAsync(Guid id, Guid token, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null) return false; // erased with its candidate in the meantime
        var attempts = message.Attempts + 1;
        try
        {
            await sender.SendAsync(await renderer.RenderAsync(message, cancellationToken), cancellationToken);
        }
        catch (UnsendableMessageException e)
        {
            LogAbandoned(log, id, message.Kind, e.Message);
            await FinishAsync(id, token, attempts, e.Message, abandoned: true, nextAttemptUtc: message.NextAttemptUtc, cancellationToken);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var giveUp = attempts >= options.Value.MaxAttempts;
            var next = OutboxRules.NextAttemptUtc(attempts, clock.GetUtcNow().UtcDateTime);
            LogFailed(log, e, id, message.Kind, attempts, giveUp ? null : next);
            await FinishAsync(id, token, attempts, $"{e.GetType().Name}: {e.Message}", giveUp, next, cancellationToken);
            return false;
        }

        var sentUtc = clock.GetUtcNow().UtcDateTime;
        // Only under our own claim: had it lapsed and another node taken the message, that node records it.
        await db.OutboxMessages.Where(m => m.Id == id && m.ClaimToken == token)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.SentUtc, sentUtc)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
        LogSent(log, id, message.Kind, attempts);
        return true;
    }

    private Task<int> FinishAsync(Guid id, Guid token, int attempts, string error, bool abandoned, DateTime nextAttemptUtc, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var text = error.Length > 2000 ? error[..2000] : error;
        return db.OutboxMessages.Where(m => m.Id == id && m.ClaimToken == token)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, text)
                .SetProperty(m => m.NextAttemptUtc, nextAttemptUtc)
                .SetProperty(m => m.AbandonedUtc, abandoned ? now : (DateTime?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} ({Kind}) sent at attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, Guid messageId, MessageKind kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} ({Kind}) failed at attempt {Attempt}; next attempt {NextAttemptUtc} (none: given up)")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid messageId, MessageKind kind, int attempt, DateTime? nextAttemptUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} ({Kind}) given up: {Reason}")]
    private static partial void LogAbandoned(ILogger logger, Guid messageId, MessageKind kind, string reason);
}
