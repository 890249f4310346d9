using IucRecruit.Data.Assessment;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Retention;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// The one place that writes stage log entries and everything derived from them: it appends the
/// entries, replaces each candidate's <see cref="CandidateProgress"/>, <see cref="Starter"/> row, <see cref="StarterScore"/>s
/// and <see cref="EqualityMonitoring"/> row (the answers, with the derived columns beside them) with
/// their recomputation, and adds the difference to the tallies, all in the caller's transaction.
/// One change or a hundred thousand, the same code runs (docs/decisions/0010).
/// </summary>
public sealed class FunnelWriter(RecruitmentDbContext db)
{
    public async Task WriteAsync(IReadOnlyCollection<CandidateUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0) return;
        var tallies = new TallyChanges();
        var progress = new List<CandidateProgress>(updates.Count);
        var starters = new List<Starter>();
        var starterScores = new List<StarterScore>();
        var equality = new List<EqualityMonitoring>();
        var startersBefore = await StartersBeforeAsync(updates, cancellationToken);
        foreach (var update in updates)
        {
            var before = update.Before;
            var facts = update.Facts;
            var after = FunnelProjection.Progress(facts);
            var starter = FunnelProjection.Starter(facts, after);
            FunnelProjection.AddTallies(tallies, before.Progress, startersBefore.GetValueOrDefault(before.CandidateId), before.Role, before.Equality, -1);
            FunnelProjection.AddTallies(tallies, after, starter, before.Role, update.EqualityAfter, +1);
            if (after is not null) progress.Add(after);
            if (starter is not null) starters.Add(starter);
            starterScores.AddRange(FunnelProjection.StarterScores(starter, update.Scores));
            if (FunnelProjection.Equality(facts, after, update.EqualityAfter) is { } answers) equality.Add(answers);
        }

        await new TableWriter<StageEvent>(db).InsertAsync(updates.SelectMany(u => u.NewEvents).ToList(), cancellationToken);

        var replaced = updates.Where(u => u.Before.Progress is not null).Select(u => (object)u.Before.CandidateId).ToList();
        await new TableWriter<CandidateProgress>(db).DeleteWhereAsync(nameof(CandidateProgress.CandidateId), replaced, cancellationToken);
        await new TableWriter<CandidateProgress>(db).InsertAsync(progress, cancellationToken);

        var startedBefore = updates.Where(u => u.Before.Progress?.StartedUtc is not null).Select(u => (object)u.Before.CandidateId).ToList();
        await new TableWriter<Starter>(db).DeleteWhereAsync(nameof(Starter.CandidateId), startedBefore, cancellationToken);
        await new TableWriter<Starter>(db).InsertAsync(starters, cancellationToken);
        await new TableWriter<StarterScore>(db).DeleteWhereAsync(nameof(StarterScore.CandidateId), startedBefore, cancellationToken);
        await new TableWriter<StarterScore>(db).InsertAsync(starterScores, cancellationToken);

        var answered = updates.Where(u => u.Before.Equality is not null).Select(u => (object)u.Before.CandidateId).ToList();
        await new TableWriter<EqualityMonitoring>(db).DeleteWhereAsync(nameof(EqualityMonitoring.CandidateId), answered, cancellationToken);
        await new TableWriter<EqualityMonitoring>(db).InsertAsync(equality, cancellationToken);

        await new TableWriter<FunnelPositionTally>(db).AddToCountAsync(tallies.Of<FunnelPositionTally>(), nameof(ITally.Count), cancellationToken);
        await new TableWriter<StageDurationTally>(db).AddToCountAsync(tallies.Of<StageDurationTally>(), nameof(ITally.Count), cancellationToken);
        await new TableWriter<EqualityPositionTally>(db).AddToCountAsync(tallies.Of<EqualityPositionTally>(), nameof(ITally.Count), cancellationToken);
        await new TableWriter<RetentionTally>(db).AddToCountAsync(tallies.Of<RetentionTally>(), nameof(ITally.Count), cancellationToken);
    }

    /// <summary>The stored starter rows of those who had started: what they counted in the
    /// retention tally, read rather than recomputed, since the caller may already have saved their
    /// new scores or employment.</summary>
    private async Task<Dictionary<Guid, Starter>> StartersBeforeAsync(IReadOnlyCollection<CandidateUpdate> updates, CancellationToken cancellationToken)
    {
        var ids = updates.Where(u => u.Before.Progress?.StartedUtc is not null).Select(u => u.Before.CandidateId).ToList();
        if (ids.Count == 0) return [];
        return await db.Starters.AsNoTracking().Where(s => ids.Contains(s.CandidateId)).ToDictionaryAsync(s => s.CandidateId, cancellationToken);
    }
}
