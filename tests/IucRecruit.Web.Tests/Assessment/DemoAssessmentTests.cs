using System.Net;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>The demo shows the whole assessment: a moderated call, a failed one, a passed one, one
/// waiting for its rating, published feedback and a calibration report (of three recordings: too
/// few to judge anyone lenient, which the report says, decision 0049).</summary>
public sealed class DemoAssessmentTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        for (var run = 0; run < 2; run++) // the second run must add nothing
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoAssessment>().EnsureAsync(app.Demo, RecruitmentApp.Password);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_manager_sees_a_moderated_result_with_its_recording_analysed_and_a_calibration_report()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var moderated = await db.MockCallModerations.AsNoTracking().SingleAsync();
        var set = await db.CalibrationSets.AsNoTracking().SingleAsync(s => s.Name == DemoCalibration.SetName);

        var result = WebUtility.HtmlDecode(await manager.GetPageAsync($"/manager/results/{moderated.MockCallId}"));
        var report = WebUtility.HtmlDecode(await manager.GetPageAsync($"/manager/calibration/{set.Id}/report"));
        var list = WebUtility.HtmlDecode(await manager.GetPageAsync("/manager/results"));

        Assert.Contains("Accuracy: agreed 3. Listened again", result, StringComparison.Ordinal);
        Assert.Contains("moved on to the interview", result, StringComparison.Ordinal);
        Assert.Contains("Candidate's share of the talk", result, StringComparison.Ordinal);
        Assert.Contains("Chen Calibrator", report, StringComparison.Ordinal);
        Assert.Contains("Too few recordings to judge: 3 scored", report, StringComparison.Ordinal);
        Assert.Contains("ICC(2,1)", report, StringComparison.Ordinal);
        Assert.Contains("Not passed", list, StringComparison.Ordinal);
        Assert.Contains("Ratings 0 of 1", list, StringComparison.Ordinal);
        Assert.Single(await db.AssessmentDays.AsNoTracking().Where(d => d.Location == DemoAssessment.DayLocation).ToListAsync());
        Assert.Equal(9, await db.CalibrationScorecards.CountAsync());
    }

    [Fact]
    public async Task The_funnel_and_the_candidates_follow_the_results()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var progress = await db.Candidates.AsNoTracking().Where(c => c.CampaignId == app.Demo.Campaign.Id)
            .Join(db.CandidateProgress.AsNoTracking(), c => c.Id, p => p.CandidateId, (c, p) => new { c.GivenName, p.CurrentStage, p.Outcome })
            .ToDictionaryAsync(x => x.GivenName);
        var priya = await db.Candidates.AsNoTracking().SingleAsync(c => c.CampaignId == app.Demo.Campaign.Id && c.GivenName == "Priya");
        using var candidate = await CallParticipants.CandidatePageAsync(app, priya.Id);

        Assert.Equal((FunnelStage.Interview, (FunnelOutcome?)null), (progress["Priya"].CurrentStage, progress["Priya"].Outcome));
        Assert.Equal(FunnelOutcome.Rejected, progress["Daniel"].Outcome);
        Assert.Equal(FunnelStage.Interview, progress["Grace"].CurrentStage);
        // Tom's call was answered and is not yet rated: answering entered him into the mock-call stage.
        Assert.Equal(FunnelStage.MockCall, progress["Tom"].CurrentStage);
        Assert.Contains("Confirm the date of birth back to the caller", WebUtility.HtmlDecode(await candidate.GetPageAsync("/candidate/feedback")), StringComparison.Ordinal);
        Assert.Contains("gp-already-tried", await db.MockCalls.AsNoTracking()
            .Where(c => !db.MockCallScorecards.Any(s => s.MockCallId == c.Id) && c.Phase == Core.Calls.CallPhase.Ended).Select(c => c.ScenarioId).ToListAsync());
    }
}
