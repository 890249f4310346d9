using IucRecruit.Core.Funnel;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Retention;
using Microsoft.EntityFrameworkCore;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;

namespace IucRecruit.Web.Features.Candidates;

/// <summary>What a manager sees of one candidate: their details, where their journey stands, its
/// log with who recorded each change, their employment and their acknowledgements.</summary>
public sealed record CandidateFile(
    CandidateRecord Candidate, JourneyState Journey, IReadOnlyList<CandidateFile.LogLine> Log, Employment? Employment,
    IReadOnlyList<ConditionsAcknowledgement> Acknowledgements)
{
    public sealed record LogLine(StageEvent Event, string? Actor);

    /// <summary>How the log names changes the product recorded from what it saw (docs/decisions/0060).</summary>
    public const string ProductActor = "IucRecruit, from what the candidate did";

    public Campaign Campaign => Candidate.Campaign!;

    /// <summary>The campaign's stages after the current one: where the candidate can be moved.</summary>
    public IEnumerable<FunnelStage> NextStages =>
        Journey.InProgress ? Campaign.Stages.Union(FunnelStages.Mandatory).Stages().Where(s => s > Journey.CurrentStage!.Value) : [];

    /// <summary>The campaign's stages between the current one and <paramref name="target"/>: the
    /// ones a move that skips them records as skipped.</summary>
    public IReadOnlyList<FunnelStage> StagesBefore(FunnelStage target) =>
        Campaign.Stages.Union(FunnelStages.Mandatory).Between(Journey.CurrentStage!.Value, target).ToList();
}

/// <summary>Reads a <see cref="CandidateFile"/>: one candidate's record for the manager's pages.</summary>
public sealed class CandidateFiles(RecruitmentDbContext db, EmploymentRecords employment, WorkingConditionsRecords conditions)
{
    public async Task<CandidateFile?> ReadAsync(Guid candidateId, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().Include(c => c.Campaign).SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null) return null;
        var events = await db.StageEvents.AsNoTracking().Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var actorIds = events.Where(e => e.ActorUserId != null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var actors = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var log = events.Select(e => new CandidateFile.LogLine(e,
            e.RecordedByTheProduct ? CandidateFile.ProductActor : e.ActorUserId is { } a ? actors.GetValueOrDefault(a) : null)).ToList();
        return new CandidateFile(candidate, JourneyState.Replay(events.Select(e => e.ToJourneyEvent())), log,
            await employment.FindAsync(candidateId, cancellationToken), await conditions.ForCandidateAsync(candidateId, cancellationToken));
    }
}
