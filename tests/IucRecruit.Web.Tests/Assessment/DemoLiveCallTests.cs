using IucRecruit.Core.Funnel;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>The start-up banner's "try a live mock call" (issue 14 item 13): the invited demo
/// candidate's journey is recorded through the stage rules up to their call, so that the call,
/// once scored, moves them on in the funnel rather than leaving the result unrecorded.</summary>
public sealed class DemoLiveCallTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task The_invited_demo_candidates_call_once_scored_moves_them_on_to_the_interview()
    {
        var candidateId = app.Demo.InvitedCandidate.Id;
        Assert.Equal([FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged,
                FunnelStage.ListeningExercise],
            (await LogAsync(candidateId)).Select(e => e.Stage));
        Assert.All(await LogAsync(candidateId), e => Assert.Equal(JourneyEventKind.Entered, e.Kind)); // walked, nothing skipped

        using var assessor = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, candidateId, assessor.Id);
        (await assessor.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 4, 3, 2, 1))).Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.NotNull((await db.MockCallResults.AsNoTracking().SingleAsync(r => r.MockCallId == callId)).FunnelMovedUtc);
        Assert.Equal([FunnelStage.MockCall, FunnelStage.Interview], (await LogAsync(candidateId)).TakeLast(2).Select(e => e.Stage));
        Assert.Empty(await FunnelConsistency.DifferencesAsync(db));
    }

    private async Task<List<StageEvent>> LogAsync(Guid candidateId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().StageEvents.AsNoTracking()
            .Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).ToListAsync();
    }
}
