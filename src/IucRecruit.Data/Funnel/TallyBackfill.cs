using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// Fills the funnel position and retention tallies from the candidates' stored progress and
/// starter rows, once, when the migration that gave them site (and made the retention tally) is
/// applied: the rows written before it knew nothing of either (docs/decisions/0058). Both tallies
/// are replaced whole, in one transaction, through <see cref="FunnelProjection"/> like every
/// other write, and read the candidates a few campaigns at a time so that a million fit in memory.
/// </summary>
public static class TallyBackfill
{
    /// <summary>The migration after which the tallies are filled (its name, without the timestamp,
    /// so that a migration regenerated under another timestamp still triggers it).</summary>
    public const string MigrationName = "RetentionTallies";

    private const int CampaignsAtATime = 100;

    public static bool IsNeededAfter(IEnumerable<string> appliedMigrations) =>
        appliedMigrations.Any(m => m.EndsWith("_" + MigrationName, StringComparison.Ordinal));

    public static async Task RunAsync(RecruitmentDbContext db, CancellationToken cancellationToken = default)
    {
        var tallies = new TallyChanges();
        var campaigns = await db.Campaigns.AsNoTracking().Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var chunk in campaigns.Chunk(CampaignsAtATime))
        {
            var progress = await db.CandidateProgress.AsNoTracking().Where(p => chunk.Contains(p.CampaignId)).ToListAsync(cancellationToken);
            var starters = await db.Starters.AsNoTracking().Where(s => chunk.Contains(s.CampaignId)).ToDictionaryAsync(s => s.CandidateId, cancellationToken);
            foreach (var p in progress)
                FunnelProjection.AddTallies(tallies, p, starters.GetValueOrDefault(p.CandidateId), p.Role, equality: null, +1);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.FunnelPositionTallies.ExecuteDeleteAsync(cancellationToken);
        await db.RetentionTallies.ExecuteDeleteAsync(cancellationToken);
        await new TableWriter<FunnelPositionTally>(db).InsertAsync(tallies.Of<FunnelPositionTally>(), cancellationToken);
        await new TableWriter<RetentionTally>(db).InsertAsync(tallies.Of<RetentionTally>(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
