using IucRecruit.Data.Assessment;
using System.Globalization;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Retention;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// Recomputes every derived row from the sources (each candidate's stage log replayed, their
/// employment and scores) and lists where the stored rows differ: the proof that the summary and
/// the tallies are the log's, however they were written. Reads everything: for tests and checks,
/// not for the request path.
/// </summary>
public static class FunnelConsistency
{
    public static async Task<IReadOnlyList<string>> DifferencesAsync(RecruitmentDbContext db, CancellationToken cancellationToken = default)
    {
        var candidates = await db.Candidates.AsNoTracking()
            .Select(c => new { c.Id, c.CampaignId, c.Channel, c.Campaign!.Role, c.Campaign.Site }).ToListAsync(cancellationToken);
        var logs = (await db.StageEvents.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(e => e.CandidateId);
        var employment = await db.Employments.AsNoTracking().ToDictionaryAsync(e => e.CandidateId, cancellationToken);
        var scores = (await db.MockCallScoresOfRecord.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.CandidateId);
        var equality = await db.EqualityMonitoring.AsNoTracking().ToDictionaryAsync(e => e.CandidateId, cancellationToken);

        var expectedProgress = new Dictionary<Guid, CandidateProgress>();
        var expectedStarters = new List<Starter>();
        var expectedScores = new List<StarterScore>();
        var expectedEquality = new List<Equality.EqualityMonitoring>();
        var expectedTallies = new TallyChanges();
        foreach (var c in candidates)
        {
            var journey = JourneyState.Replay(logs[c.Id].OrderBy(e => e.Sequence).Select(e => e.ToJourneyEvent()));
            var facts = new CandidateFacts(c.Id, c.CampaignId, c.Role, c.Site, c.Channel, journey, employment.GetValueOrDefault(c.Id), scores[c.Id].ToList());
            var progress = FunnelProjection.Progress(facts);
            if (FunnelProjection.Equality(facts, progress, equality.GetValueOrDefault(c.Id)) is { } answers) expectedEquality.Add(answers);
            if (progress is null) continue;
            expectedProgress[c.Id] = progress;
            var starter = FunnelProjection.Starter(facts, progress);
            if (starter is not null) expectedStarters.Add(starter);
            expectedScores.AddRange(FunnelProjection.StarterScores(starter, facts.Scores));
            FunnelProjection.AddTallies(expectedTallies, progress, starter, c.Role, equality.GetValueOrDefault(c.Id), +1);
        }

        var differences = new List<string>();
        Compare("candidate progress", expectedProgress.Values.Select(Describe),
            (await db.CandidateProgress.AsNoTracking().ToListAsync(cancellationToken)).Select(Describe), differences);
        Compare("starters", expectedStarters.Select(Describe),
            (await db.Starters.AsNoTracking().ToListAsync(cancellationToken)).Select(Describe), differences);
        Compare("starter scores", expectedScores.Select(Describe),
            (await db.StarterScores.AsNoTracking().ToListAsync(cancellationToken)).Select(Describe), differences);
        Compare("equality monitoring", expectedEquality.Select(Describe), equality.Values.Select(Describe), differences);
        Compare("funnel position tallies", Tallies(expectedTallies.Of<FunnelPositionTally>()),
            Tallies(await db.FunnelPositionTallies.AsNoTracking().ToListAsync(cancellationToken)), differences);
        Compare("stage duration tallies", Tallies(expectedTallies.Of<StageDurationTally>()),
            Tallies(await db.StageDurationTallies.AsNoTracking().ToListAsync(cancellationToken)), differences);
        Compare("equality tallies", Tallies(expectedTallies.Of<EqualityPositionTally>()),
            Tallies(await db.EqualityPositionTallies.AsNoTracking().ToListAsync(cancellationToken)), differences);
        Compare("retention tallies", Tallies(expectedTallies.Of<RetentionTally>()),
            Tallies(await db.RetentionTallies.AsNoTracking().ToListAsync(cancellationToken)), differences);
        return differences;
    }

    private static IEnumerable<string> Tallies(IEnumerable<ITally> rows) =>
        rows.Where(r => r.Count != 0).Select(r => $"{TallyChanges.KeyOf(r)} = {r.Count}");

    /// <summary>Every public property's value, in order, as text.</summary>
    private static string Describe<T>(T row) =>
        string.Join("; ", typeof(T).GetProperties().Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string))
            .Select(p => $"{p.Name}={Text(p.GetValue(row))}"));

    private static string? Text(object? value) => value is DateTime time
        ? time.ToString("O", CultureInfo.InvariantCulture)
        : Convert.ToString(value, CultureInfo.InvariantCulture);

    private static void Compare(string what, IEnumerable<string> expected, IEnumerable<string> stored, List<string> differences)
    {
        var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
        var storedSet = stored.ToHashSet(StringComparer.Ordinal);
        differences.AddRange(expectedSet.Except(storedSet).Select(e => $"{what}: missing or different: {e}"));
        differences.AddRange(storedSet.Except(expectedSet).Select(s => $"{what}: stored but not derived from the log: {s}"));
    }
}
