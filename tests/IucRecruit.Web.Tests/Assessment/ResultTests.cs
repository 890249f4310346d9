using System.Net;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>The result of a call: written once it is decided, with the scores of record, and the
/// candidate moved on to the interview or rejected with the reason through the stage log.</summary>
public sealed class ResultTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_passed_call_records_the_scores_of_record_and_moves_the_candidate_on_to_the_interview()
    {
        using var assessor = await StaffMember.NewAsync(app);
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        var callId = await EndedCalls.AddAsync(app, candidateId, assessor.Id);

        (await assessor.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 4, 3, 2, 1))).Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var result = await db.MockCallResults.AsNoTracking().SingleAsync(r => r.MockCallId == callId);
        Assert.True(result.Passed);
        Assert.NotNull(result.FunnelMovedUtc);
        var scores = await db.MockCallScoresOfRecord.AsNoTracking().Where(s => s.CandidateId == candidateId).OrderBy(s => s.CriterionId).ToListAsync();
        Assert.Equal([("accuracy", 3.0, 4.0, true), ("call-handling", 3, 4, true), ("empathy", 4, 4, true), ("listening", 2, 4, true), ("safety-netting", 1, 4, true)],
            scores.Select(s => (s.CriterionId, s.Score, s.MaximumScore, s.Passed)));
        var log = await db.StageEvents.AsNoTracking().Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([FunnelStage.MockCall, FunnelStage.Interview], log.TakeLast(2).Select(e => e.Stage));
        Assert.Equal(EndedCalls.AnsweredUtc(app), log[^2].OccurredUtc); // the mock-call stage is dated when the call was answered
        // The rubric decided, so the product is the actor of both, not the assessor.
        Assert.Equal([StageEvent.ProductActorId, StageEvent.ProductActorId], log.TakeLast(2).Select(e => e.ActorUserId));
        Assert.Empty(await FunnelConsistency.DifferencesAsync(db));
    }

    [Theory]
    [InlineData(new[] { 4, 2, 4, 4, 4 }, null, "Mock call: empathy below the pass mark (2 of 4; pass mark 3).")]
    [InlineData(new[] { 4, 4, 4, 4, 4 }, "medication-beyond-role",
        "Mock call: critical fail: Tells him to take ibuprofen, or a dose of any medicine, despite his asthma and without a pharmacist or clinician.")]
    public async Task A_gate_below_its_pass_mark_or_a_critical_fail_rejects_the_candidate_with_the_reason(int[] points, string? criticalFail, string reason)
    {
        using var assessor = await StaffMember.NewAsync(app);
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        var callId = await EndedCalls.AddAsync(app, candidateId, assessor.Id);

        (await assessor.Page.SubmitAsync($"/assessor/calls/{callId}/score",
            Ratings.Form(points[0], points[1], points[2], points[3], points[4], criticalFail is null ? [] : [criticalFail]))).Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var ended = await db.StageEvents.AsNoTracking().Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal((FunnelOutcome.Rejected, FunnelStage.MockCall, reason), (ended.Outcome, ended.Stage, ended.Reason));
        Assert.False((await db.MockCallResults.AsNoTracking().SingleAsync(r => r.MockCallId == callId)).Passed);
    }

    [Fact]
    public async Task A_candidate_not_yet_at_the_mock_call_is_left_for_the_manager_with_what_to_record_first()
    {
        using var assessor = await StaffMember.NewAsync(app);
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        var candidateId = await EndedCalls.NewCandidateAsync(app, atListening: false);
        var callId = await EndedCalls.AddAsync(app, candidateId, assessor.Id);
        (await assessor.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 3, 3, 3, 3))).Dispose();

        var page = WebUtility.HtmlDecode(await manager.Page.GetPageAsync($"/manager/results/{callId}"));
        Assert.Contains("The candidate has not been moved in the funnel.", page, StringComparison.Ordinal);
        Assert.Contains("could not be entered into the mock-call stage: Record Shortlisted first, or skip it with a reason", page, StringComparison.Ordinal);
        Assert.Equal(5, await CountAsync(db => db.MockCallScoresOfRecord.CountAsync(s => s.CandidateId == candidateId)));

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<StageLog>().RecordAsync(candidateId,
                StageTransition.Enter(FunnelStage.ListeningExercise, "Sifted by phone", null,
                    [FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged]), manager.Id)).Succeeded);
        using var moved = await manager.Page.SubmitAsync($"/manager/results/{callId}", [], $"/manager/results/{callId}?handler=MoveFunnel");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(1, await CountAsync(db => db.StageEvents.CountAsync(e => e.CandidateId == candidateId && e.Stage == FunnelStage.Interview)));
        Assert.Contains("moved on to the interview", await manager.Page.GetPageAsync($"/manager/results/{callId}"), StringComparison.Ordinal);
    }

    private async Task<int> CountAsync(Func<RecruitmentDbContext, Task<int>> count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>());
    }
}
