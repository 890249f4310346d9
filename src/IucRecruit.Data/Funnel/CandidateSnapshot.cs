using IucRecruit.Data.Assessment;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Retention;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel;

/// <summary>A candidate's funnel record as stored: what a change is checked against, and what its
/// derived rows are recomputed from.</summary>
public sealed record CandidateSnapshot(
    Guid CandidateId, Guid CampaignId, AdvisorRole Role, string Site, StageSet CampaignStages, RecruitmentChannel Channel,
    CandidateProgress? Progress, EqualityMonitoring? Equality, Employment? Employment,
    IReadOnlyList<MockCallScoreOfRecord> Scores, bool ConditionsAcknowledged)
{
    public JourneyState Journey => Progress?.ToJourney() ?? JourneyState.Empty;

    public TransitionContext Context(DateTime nowUtc) =>
        new(CampaignStages, ConditionsAcknowledged, ContractTypeRecorded: Employment is not null, nowUtc);

    /// <summary>Reads the snapshots of many candidates at once (untracked); missing ids are left out.</summary>
    public static async Task<IReadOnlyList<CandidateSnapshot>> LoadAsync(RecruitmentDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var candidates = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.CampaignId, c.Channel, c.Campaign!.Role, c.Campaign.Site, c.Campaign.Stages })
            .ToListAsync(cancellationToken);
        var progress = await db.CandidateProgress.AsNoTracking().Where(p => ids.Contains(p.CandidateId))
            .ToDictionaryAsync(p => p.CandidateId, cancellationToken);
        var equality = await db.EqualityMonitoring.AsNoTracking().Where(e => ids.Contains(e.CandidateId))
            .ToDictionaryAsync(e => e.CandidateId, cancellationToken);
        var employment = await db.Employments.AsNoTracking().Where(e => ids.Contains(e.CandidateId))
            .ToDictionaryAsync(e => e.CandidateId, cancellationToken);
        var scores = (await db.MockCallScoresOfRecord.AsNoTracking().Where(s => ids.Contains(s.CandidateId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.CandidateId);
        var acknowledged = (await db.ConditionsAcknowledgements.Where(a => ids.Contains(a.CandidateId))
            .Select(a => a.CandidateId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return candidates.Select(c => new CandidateSnapshot(c.Id, c.CampaignId, c.Role, c.Site, c.Stages, c.Channel,
                progress.GetValueOrDefault(c.Id), equality.GetValueOrDefault(c.Id), employment.GetValueOrDefault(c.Id),
                scores[c.Id].ToList(), acknowledged.Contains(c.Id)))
            .ToList();
    }

    public static async Task<CandidateSnapshot?> LoadAsync(RecruitmentDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [id], cancellationToken)).SingleOrDefault();
}

/// <summary>A change to one candidate: entries to append to their log, and their journey and
/// sources after it. Employment and scores are the caller's to save; derived rows (the equality
/// answers' row among them) are the writer's.</summary>
public sealed record CandidateUpdate(
    CandidateSnapshot Before, IReadOnlyList<StageEvent> NewEvents, JourneyState Journey,
    Employment? Employment, IReadOnlyList<MockCallScoreOfRecord> Scores)
{
    /// <summary>New equality monitoring answers; null keeps the candidate's answers as they are.</summary>
    public EqualityMonitoring? Answers { get; init; }

    /// <summary>The equality answers after the change.</summary>
    public EqualityMonitoring? EqualityAfter => Answers ?? Before.Equality;

    /// <summary>The candidate gives (or changes) their equality monitoring answers.</summary>
    public static CandidateUpdate NewAnswers(CandidateSnapshot before, EqualityMonitoring answers) =>
        new(before, [], before.Journey, before.Employment, before.Scores) { Answers = answers };

    /// <summary>A change to sources other than the log (employment, scores).</summary>
    public static CandidateUpdate SourcesOnly(CandidateSnapshot before, Employment? employment, IReadOnlyList<MockCallScoreOfRecord> scores) =>
        new(before, [], before.Journey, employment, scores);

    public CandidateFacts Facts => new(Before.CandidateId, Before.CampaignId, Before.Role, Before.Site, Before.Channel, Journey, Employment, Scores);
}
