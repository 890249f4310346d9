using IucRecruit.Core.Calls;
using IucRecruit.Data;
using IucRecruit.Data.Calibration;
using IucRecruit.Data.Calls;
using IucRecruit.Core.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>What is waiting for an assessor: their ended calls not yet rated, double-scored calls
/// (that they took no part in) awaiting a lead assessor, and calibration recordings to score.</summary>
public sealed class AssessorWork(RecruitmentDbContext db, ScenarioLibrary library, CalibrationSets calibration)
{
    public sealed record WaitingCall(Guid CallId, DateTime SlotStartUtc, string Candidate, string Scenario);

    public sealed record RecordingToScore(Guid ItemId, string Set, int Position);

    public Task<IReadOnlyList<WaitingCall>> CallsToRateAsync(Guid assessorId, CancellationToken cancellationToken) =>
        ListAsync(db.MockCalls
            .Where(MockCall.AssessedBy(assessorId)).Where(c => c.Phase == CallPhase.Ended)
            .Where(c => !db.MockCallScorecards.Any(s => s.MockCallId == c.Id && s.AssessorUserId == assessorId)), cancellationToken);

    /// <summary>Double-scored calls with both ratings in and neither a moderation nor a result:
    /// the ones whose assessors disagree, which a lead who took no part in them may settle.</summary>
    public Task<IReadOnlyList<WaitingCall>> CallsToModerateAsync(Guid userId, CancellationToken cancellationToken) =>
        ListAsync(db.MockCalls
            .Where(c => c.SecondAssessorUserId != null).Where(MockCall.WithoutPartFor(userId))
            .Where(c => db.MockCallScorecards.Count(s => s.MockCallId == c.Id) == 2)
            .Where(c => !db.MockCallResults.Any(r => r.MockCallId == c.Id) && !db.MockCallModerations.Any(m => m.MockCallId == c.Id)), cancellationToken);

    public async Task<IReadOnlyList<RecordingToScore>> RecordingsToScoreAsync(Guid assessorId, CancellationToken cancellationToken) =>
        (await calibration.WaitingForAsync(assessorId, cancellationToken)).Select(x => new RecordingToScore(x.Item.Id, x.Set.Name, x.Item.Position)).ToList();

    private async Task<IReadOnlyList<WaitingCall>> ListAsync(IQueryable<MockCall> calls, CancellationToken cancellationToken)
    {
        var rows = await calls.AsNoTracking().OrderBy(c => c.SlotStartUtc)
            .Select(c => new { c.Id, c.SlotStartUtc, c.Candidate!.GivenName, c.Candidate.FamilyName, c.ScenarioId })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new WaitingCall(c.Id, c.SlotStartUtc, $"{c.GivenName} {c.FamilyName}", library.Find(c.ScenarioId)?.Title ?? c.ScenarioId)).ToList();
    }
}
