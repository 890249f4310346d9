using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Storage;

/// <summary>
/// Refreshes the statistics the query planner uses. Without them SQLite guesses that a filter on an
/// indexed column (a site) picks out a handful of rows and reads the table through that index
/// rather than through the index built for the query; after a large load it can be wrong by ten
/// times. PostgreSQL analyses by itself in the background, but not at once after a bulk load.
/// </summary>
public static class DatabaseStatistics
{
    /// <summary>SQLite samples at most this many rows per index (PRAGMA analysis_limit, 3.32+), so a
    /// refresh takes milliseconds even on a large database.</summary>
    private const int SqliteRowsSampled = 1000;

    public static Task RefreshAsync(RecruitmentDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? $"PRAGMA analysis_limit = {SqliteRowsSampled}; ANALYZE;" : "ANALYZE;", cancellationToken);
}
