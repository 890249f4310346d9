using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>The manager's list of ended mock calls and where each assessment stands.</summary>
public sealed class ResultsOverview(RecruitmentDbContext db, ScenarioLibrary library)
{
    public enum Status { AwaitingRatings, AwaitingModeration, Passed, NotPassed }

    public sealed record Row(
        Guid CallId, DateTime SlotStartUtc, Guid CandidateId, string Candidate, string Scenario, Status Status, int Submitted, int Expected,
        bool FunnelPending, bool? FeedbackPublished);

    public async Task<IReadOnlyList<Row>> ListAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await db.MockCalls.AsNoTracking().Where(c => c.Phase == CallPhase.Ended)
            .OrderByDescending(c => c.SlotStartUtc).Take(take)
            .Select(c => new
            {
                c.Id, c.SlotStartUtc, c.CandidateId, c.Candidate!.GivenName, c.Candidate.FamilyName, c.ScenarioId,
                Expected = c.SecondAssessorUserId == null ? 1 : 2,
                Submitted = db.MockCallScorecards.Count(s => s.MockCallId == c.Id),
                Result = db.MockCallResults.Where(r => r.MockCallId == c.Id).Select(r => new { r.Passed, r.FunnelMovedUtc }).FirstOrDefault(),
                Published = db.CandidateFeedback.Where(f => f.MockCallId == c.Id).Select(f => (bool?)(f.PublishedUtc != null)).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new Row(
                c.Id, c.SlotStartUtc, c.CandidateId, $"{c.GivenName} {c.FamilyName}", library.Find(c.ScenarioId)?.Title ?? c.ScenarioId,
                c.Result is { } result ? result.Passed ? Status.Passed : Status.NotPassed
                    : c.Submitted < c.Expected ? Status.AwaitingRatings : Status.AwaitingModeration,
                c.Submitted, c.Expected, c.Result is { FunnelMovedUtc: null }, c.Published))
            .ToList();
    }
}
