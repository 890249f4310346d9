using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Storage;

/// <summary>
/// Databases made before the generated migrations (docs/decisions/0030) ran the hand-written ones,
/// whose last step left exactly the schema that each provider's generated baseline builds. Such a
/// database is adopted: its baseline is recorded as applied without being run, and the migrations
/// after it apply as usual. The old rows stay in the history, as the record of what was run.
/// </summary>
internal static class HandWrittenMigrations
{
    private static readonly string[] Ids =
    [
        "20261121090000_Foundation",
        "20261121100000_CandidateAdjustments",
        "20261122090000_Scenarios",
        "20261123090000_RecruitmentFunnel",
        "20261124090000_MockCalls",
        "20261125090000_Assessment",
        "20261126090000_DataProtection",
    ];

    public static async Task AdoptAsync(RecruitmentDbContext db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (!applied.Overlaps(Ids)) return;
        var baseline = db.Database.GetMigrations().First();
        if (applied.Contains(baseline)) return;
        if (!applied.Contains(Ids[^1]))
            throw new InvalidOperationException(
                $"This database ran the hand-written migrations only up to {applied.Where(Ids.Contains).Max(StringComparer.Ordinal)}. " +
                $"Bring it to {Ids[^1]} first with a release from before docs/decisions/0030, then migrate with this one.");

        var insert = db.GetService<IHistoryRepository>().GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion()));
        try
        {
            await db.Database.ExecuteSqlRawAsync(insert, cancellationToken);
        }
        catch (DbException)
        {
            // Another node starting at the same moment may have adopted the database first.
            if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Contains(baseline)) throw;
        }
    }
}
