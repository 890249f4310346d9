using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Storage;

/// <summary>
/// Refreshes PostgreSQL's planner statistics after a bulk load: it analyses by itself in the
/// background, but not at once, and until then it plans as if the new rows were not there. SQLite
/// is left alone: the funnel's indexes are laid out so that its plans do not depend on statistics
/// (docs/performance.md measures both), and a sampled ANALYZE there misjudged how many candidates
/// have started. SQL Server is left alone too: it refreshes statistics it finds stale when it
/// next compiles a query that uses them (AUTO_UPDATE_STATISTICS, on by default).
/// </summary>
public static class DatabaseStatistics
{
    public static async Task RefreshAsync(RecruitmentDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
    }
}
