using System.Collections.Concurrent;
using IucRecruit.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Security;

/// <summary>
/// Hub connections end with the session they were opened in (docs/decisions/0066). A page request
/// checks the cookie's security stamp each time (decision 0040), but a hub connection is one long
/// request: so every hub command checks the stamp first and is refused once it has changed (a
/// deactivation, a sign-out, a new password or new roles), and every node closes its own
/// connections whose stamp has changed at each sweep. Each node learns it from the database, the
/// one place every node reads, so no node needs telling.
/// </summary>
public sealed partial class HubSessions(
    IDbContextFactory<RecruitmentDbContext> contexts,
    IOptions<IdentityOptions> identity,
    IOptions<SecurityOptions> security,
    ILogger<HubSessions> log) : BackgroundService, IHubFilter
{
    public const string EndedRefusal = "Your session has ended: sign in again.";

    private sealed record Session(Guid UserId, string? Stamp, HubCallerContext Connection);

    private readonly ConcurrentDictionary<string, Session> open = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (SessionOf(context.Context) is { } session) open[context.Context.ConnectionId] = session;
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        open.TryRemove(context.Context.ConnectionId, out _);
        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (SessionOf(invocationContext.Context) is { } session && (await EndedAsync([session], invocationContext.Context.ConnectionAborted)).Count > 0)
        {
            LogRefused(log, invocationContext.HubMethodName, session.UserId, invocationContext.Context.ConnectionId);
            throw new HubException(EndedRefusal);
        }
        return await next(invocationContext);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(security.Value.HubSessionSweep);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be away for a moment: commands are still checked one by one, and
                // the next sweep tries again.
                LogSweepFailed(log, ex);
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        if (open.IsEmpty) return;
        var sessions = open.ToArray();
        var ended = await EndedAsync(sessions.Select(s => s.Value).ToList(), cancellationToken);
        foreach (var (connectionId, session) in sessions.Where(s => ended.Contains((s.Value.UserId, s.Value.Stamp))))
        {
            LogClosed(log, session.UserId, connectionId);
            open.TryRemove(connectionId, out _);
            session.Connection.Abort();
        }
    }

    /// <summary>The (user, stamp) pairs among <paramref name="sessions"/> whose account's stamp is no
    /// longer that stamp, or whose account is gone: one query for them all.</summary>
    private async Task<HashSet<(Guid, string?)>> EndedAsync(IReadOnlyList<Session> sessions, CancellationToken cancellationToken)
    {
        var ids = sessions.Select(s => s.UserId).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stamps = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.SecurityStamp }).ToDictionaryAsync(u => u.Id, u => u.SecurityStamp, cancellationToken);
        return sessions.Where(s => !stamps.TryGetValue(s.UserId, out var stamp) || stamp != s.Stamp)
            .Select(s => (s.UserId, s.Stamp)).ToHashSet();
    }

    private Session? SessionOf(HubCallerContext connection) => connection.User?.UserId() is { } userId
        ? new Session(userId, connection.User.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value, connection)
        : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused hub command {Method} to user {UserId} on connection {ConnectionId}: their session has ended")]
    private static partial void LogRefused(ILogger logger, string method, Guid userId, string connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closed hub connection {ConnectionId} of user {UserId}: their session has ended")]
    private static partial void LogClosed(ILogger logger, Guid userId, string connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking open hub connections' sessions failed; trying again at the next sweep")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
