using IucRecruit.Core.Funnel;
using IucRecruit.Core.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Privacy;

/// <summary>
/// The retention purge (docs/decisions/0025): finds every candidate whose assessment or identity is
/// past its period (<see cref="DataRetentionRules"/>), erases those categories through the registry,
/// and writes a <see cref="DeletionRecord"/> of what went. A dry run is the same purge rolled back,
/// with no file touched, so it reports exactly what a real run would remove.
/// </summary>
public sealed partial class DataRetentionPurge(
    RecruitmentDbContext db, PersonalDataEraser eraser, IOptions<DataRetentionOptions> options, TimeProvider clock, ILogger<DataRetentionPurge> log)
{
    /// <summary>Candidates erased per statement: keeps each statement's list of ids small.</summary>
    private const int Batch = 500;

    public sealed record Result(
        bool DryRun, IReadOnlyList<Guid> AssessmentErased, IReadOnlyList<Guid> IdentityErased,
        IReadOnlyList<DeletionSummary.Item> Items, int Files, long FileBytes, DeletionRecord? Record);

    public async Task<Result> RunAsync(bool dryRun, Actor actor, CancellationToken cancellationToken = default)
    {
        if (options.Value.Problems() is { Count: > 0 } problems)
            throw new InvalidOperationException("The retention settings are not usable: " + string.Join(" ", problems));
        var work = new ErasureWork(clock.GetUtcNow().UtcDateTime);
        var due = await DueAsync(work.NowUtc, cancellationToken);
        var assessment = due.Where(d => d.Categories.HasFlag(PersonalDataCategory.Assessment)).Select(d => d.CandidateId).ToList();
        var identity = due.Where(d => d.Categories.HasFlag(PersonalDataCategory.Identity)).Select(d => d.CandidateId).ToList();

        DeletionRecord? record = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var group in due.GroupBy(d => d.Categories))
            foreach (var batch in group.Select(d => d.CandidateId).Chunk(Batch))
                await eraser.EraseAsync(batch, group.Key, work, cancellationToken);
            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new Result(true, assessment, identity, work.Items, work.Files.Count, work.FileBytes, null);
            }
            if (due.Count > 0)
            {
                record = new DeletionRecord
                {
                    Id = Guid.CreateVersion7(),
                    AtUtc = work.NowUtc,
                    Kind = DeletionKind.DataRetentionPurge,
                    UserId = actor.UserId,
                    UserName = actor.Name,
                    CandidateCount = due.Count,
                    Summary = new DeletionSummary(assessment, identity, work.Items, work.Files.Count, work.FileBytes).ToJson(),
                };
                db.DeletionRecords.Add(record);
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        work.DeleteFiles();
        LogPurged(log, due.Count, work.Files.Count);
        return new Result(false, assessment, identity, work.Items, work.Files.Count, work.FileBytes, record);
    }

    private async Task<List<(Guid CandidateId, PersonalDataCategory Categories)>> DueAsync(DateTime now, CancellationToken cancellationToken)
    {
        var candidates = await (
                from c in db.Candidates.AsNoTracking()
                where c.IdentityErasedUtc == null
                join p in db.CandidateProgress.AsNoTracking() on c.Id equals p.CandidateId into progress
                from p in progress.DefaultIfEmpty()
                select new
                {
                    c.Id, c.CreatedUtc, c.AssessmentErasedUtc,
                    LastChangeUtc = (DateTime?)p.LastEventUtc, Outcome = (FunnelOutcome?)p.Outcome, p.OutcomeUtc, p.StartedUtc,
                })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => (c.Id, DataRetentionRules.Due(new DataRetentionSubject(c.CreatedUtc, c.LastChangeUtc, c.Outcome, c.OutcomeUtc, c.StartedUtc,
                c.AssessmentErasedUtc is null ? PersonalDataCategory.None : PersonalDataCategory.Assessment), options.Value, now)))
            .Where(d => d.Item2 != PersonalDataCategory.None)
            .OrderBy(d => d.Id)
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: erased data of {Candidates} candidates and {Files} recording files")]
    private static partial void LogPurged(ILogger logger, int candidates, int files);
}
