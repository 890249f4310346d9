using IucRecruit.Data.Retention;
using IucRecruit.Data.Storage;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// The one place that writes stage log entries and everything derived from them: it appends the
/// entries, replaces each candidate's <see cref="CandidateProgress"/> and <see cref="StarterScore"/>s
/// with their recomputation, and adds the difference to the tallies, all in the caller's
/// transaction. One change or a hundred thousand, the same code runs (docs/decisions/0010).
/// </summary>
public sealed class FunnelWriter(RecruitmentDbContext db)
{
    public async Task WriteAsync(IReadOnlyCollection<CandidateUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0) return;
        var tallies = new TallyChanges();
        var progress = new List<CandidateProgress>(updates.Count);
        var starterScores = new List<StarterScore>();
        foreach (var update in updates)
        {
            var before = update.Before;
            var after = FunnelProjection.Progress(update.Facts);
            FunnelProjection.AddTallies(tallies, before.Progress, before.Role, before.Equality, -1);
            FunnelProjection.AddTallies(tallies, after, before.Role, before.Equality, +1);
            if (after is not null) progress.Add(after);
            starterScores.AddRange(FunnelProjection.StarterScores(after, update.Scores));
        }

        await new TableWriter<StageEvent>(db).InsertAsync(updates.SelectMany(u => u.NewEvents).ToList(), cancellationToken);

        var replaced = updates.Where(u => u.Before.Progress is not null).Select(u => (object)u.Before.CandidateId).ToList();
        await new TableWriter<CandidateProgress>(db).DeleteWhereAsync(nameof(CandidateProgress.CandidateId), replaced, cancellationToken);
        await new TableWriter<CandidateProgress>(db).InsertAsync(progress, cancellationToken);

        var hadScores = updates.Where(u => u.Before.Progress?.StartedUtc is not null).Select(u => (object)u.Before.CandidateId).ToList();
        await new TableWriter<StarterScore>(db).DeleteWhereAsync(nameof(StarterScore.CandidateId), hadScores, cancellationToken);
        await new TableWriter<StarterScore>(db).InsertAsync(starterScores, cancellationToken);

        await new TableWriter<FunnelPositionTally>(db).AddToCountAsync(tallies.Of<FunnelPositionTally>(), nameof(ITally.Count), cancellationToken);
        await new TableWriter<StageDurationTally>(db).AddToCountAsync(tallies.Of<StageDurationTally>(), nameof(ITally.Count), cancellationToken);
        await new TableWriter<EqualityPositionTally>(db).AddToCountAsync(tallies.Of<EqualityPositionTally>(), nameof(ITally.Count), cancellationToken);
    }
}
