using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Retention;
using IucRecruit.Data.Scenarios;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Tests.Assessment;

/// <summary>The result, the scores of record and the funnel move are written in one transaction,
/// once, even when both assessors submit at the same moment: on both providers.</summary>
public sealed class CallAssessmentsTests
{
    private static readonly ScenarioLibrary Library = new ScenarioLibraryOptions { Folder = RepositoryRoot.Combine("scenarios") }.Load();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_assessors_submitting_at_once_decide_the_result_once_with_the_scores_of_record_and_the_funnel_move(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        var candidateId = await funnel.AddApplicantAsync("lee@example.com");
        Assert.True((await funnel.RecordAsync(candidateId, StageTransition.Enter(FunnelStage.ListeningExercise, "Phone sift", funnel.Now.AddDays(-1),
            [FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged]))).Succeeded);
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var callId = await AddEndedCallAsync(funnel, candidateId, first, second);

        var outcomes = await Task.WhenAll(SubmitAsync(funnel, callId, first, 3), SubmitAsync(funnel, callId, second, 4));

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        await using var db = funnel.Database.CreateContext();
        var result = await db.MockCallResults.SingleAsync(r => r.MockCallId == callId);
        Assert.True(result.Passed);
        Assert.NotNull(result.FunnelMovedUtc);
        Assert.Equal(5, await db.MockCallScoresOfRecord.CountAsync(s => s.CandidateId == candidateId && s.Score == 3.5));
        var stages = await db.StageEvents.Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).Select(e => e.Stage).ToListAsync();
        Assert.Equal([FunnelStage.ListeningExercise, FunnelStage.MockCall, FunnelStage.Interview], stages.TakeLast(3));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    private static async Task<CallAssessments.Outcome> SubmitAsync(FunnelDatabase funnel, Guid callId, Guid assessor, int points)
    {
        await using var db = funnel.Database.CreateContext();
        var stageLog = funnel.StageLog(db);
        var assessments = new CallAssessments(db, Archive(funnel), new MockCallScores(db, new FunnelWriter(db)), stageLog, funnel.Observed(db), funnel.Clock,
            Options.Create(new AssessmentOptions()));
        return await assessments.SubmitAsync(callId, assessor,
            Scenario.Rubric.Criteria.ToDictionary(c => c.Id, _ => (int?)points), []);
    }

    private static Scenario Scenario => (Scenario)Library.Find("back-pain-football")!;

    private static ScenarioVersionArchive Archive(FunnelDatabase funnel) =>
        new(Library, Options.Create(funnel.Database.Options), Options.Create(new ScenarioLibraryOptions()));

    private static async Task<Guid> AddEndedCallAsync(FunnelDatabase funnel, Guid candidateId, Guid first, Guid second)
    {
        await using var db = funnel.Database.CreateContext();
        var answered = funnel.Now.AddMinutes(-30);
        var callId = await MockCallSchedule.AddAsync(db, funnel.Campaign.Id, candidateId, Guid.CreateVersion7(), first, answered.AddMinutes(-2),
            Scenario.Id, Scenario.Version, second);
        CallEvent[] log = [new CallRang(answered.AddSeconds(-5), 0), new CallAnswered(answered, 0), new CallEnded(answered.AddMinutes(6), 360_000, CallParty.Candidate)];
        for (var i = 0; i < log.Length; i++)
            db.MockCallEvents.Add(new MockCallEvent
            {
                Id = Guid.CreateVersion7(), MockCallId = callId, Sequence = i + 2, Type = CallEventJson.TypeName(log[i]), AtUtc = log[i].AtUtc,
                CallMs = log[i].CallMs, Payload = CallEventJson.Serialize(log[i]),
            });
        await db.SaveChangesAsync();
        await db.MockCalls.Where(c => c.Id == callId).ExecuteUpdateAsync(set => set.SetProperty(c => c.Phase, CallPhase.Ended));
        return callId;
    }
}
