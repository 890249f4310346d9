using Microsoft.EntityFrameworkCore.Storage;

namespace IucRecruit.Data.Funnel;

/// <summary>A transaction that joins the caller's when there is one (so that, for example, recording
/// a start and its employment record commit together) and is its own otherwise.</summary>
public sealed class FunnelTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? owned;

    private FunnelTransaction(IDbContextTransaction? owned) => this.owned = owned;

    public static async Task<FunnelTransaction> BeginAsync(RecruitmentDbContext db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    /// <summary>Commits if this transaction is its own; a joined one commits with its owner.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => owned?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
