using System.Net;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>Two assessors who disagree beyond the tolerance: a lead assessor who took no part in
/// the call records the agreed score and the reason; the raw ratings stay as submitted.</summary>
public sealed class ModerationTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_difference_beyond_the_tolerance_waits_for_a_lead_who_records_the_agreed_score_and_why()
    {
        using var first = await StaffMember.NewAsync(app);
        using var second = await StaffMember.NewAsync(app);
        using var lead = await StaffMember.NewAsync(app);
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        var callId = await EndedCalls.AddAsync(app, candidateId, first.Id, second.Id);
        (await first.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(1, 3, 3, 3, 3))).Dispose();
        (await second.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 3, 4, 3, 3))).Dispose();

        Assert.Equal(0, await CountAsync(db => db.MockCallResults.CountAsync(r => r.MockCallId == callId)));
        Assert.Contains("Accuracy: 1 and 3 (more than the tolerance apart)", WebUtility.HtmlDecode(await first.Page.GetPageAsync($"/assessor/calls/{callId}/score")), StringComparison.Ordinal);
        Assert.Contains($"/moderation/{callId}", await lead.Page.GetPageAsync("/assessor"), StringComparison.Ordinal);
        using (var onTheCall = await first.Page.GetAsync($"/moderation/{callId}"))
            Assert.Contains("access-denied", onTheCall.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var withoutReason = await lead.Page.SubmitAsync($"/moderation/{callId}", [new("Agreed[accuracy]", "3")]);
        Assert.Contains("Give the reason for the agreed Accuracy rating.", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var settled = await lead.Page.SubmitAsync($"/moderation/{callId}",
            [new("Agreed[accuracy]", "3"), new("Reasons[accuracy]", "All details right; the number was not read back")]);

        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var result = await db.MockCallResults.AsNoTracking().SingleAsync(r => r.MockCallId == callId);
        Assert.True(result.Passed);
        Assert.Equal([("accuracy", 3.0, "agreed by the lead assessor"), ("call-handling", 3.5, "mean of 3 and 4")],
            result.Scores.Where(s => s.CriterionId is "accuracy" or "call-handling").Select(s => (s.CriterionId, s.Score, s.Basis)));
        Assert.Equal(3.0, (await db.MockCallScoresOfRecord.AsNoTracking().SingleAsync(s => s.CandidateId == candidateId && s.CriterionId == "accuracy")).Score);
        var raw = await db.MockCallScorecards.AsNoTracking().Where(s => s.MockCallId == callId).ToListAsync();
        Assert.Equal(1, raw.Single(s => s.AssessorUserId == first.Id).Sheet.PointsFor("accuracy")); // kept as submitted
        Assert.Equal(lead.Id, (await db.MockCallModerations.AsNoTracking().SingleAsync(m => m.MockCallId == callId)).ModeratorUserId);
        Assert.Equal(FunnelStage.Interview, (await db.StageEvents.AsNoTracking().Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).LastAsync()).Stage);
        Assert.Contains("All details right; the number was not read back", await first.Page.GetPageAsync($"/assessor/calls/{callId}/score"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_who_sends_nothing_chosen_is_told_what_to_choose_not_shown_internals()
    {
        using var lead = await StaffMember.NewAsync(app);
        var callId = await DisputedCallAsync();

        using var empty = await lead.Page.SubmitAsync($"/moderation/{callId}", []);
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.DoesNotContain("is not valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken'", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.MockCallModerations.CountAsync(m => m.MockCallId == callId)));
    }

    [Fact]
    public async Task An_assessor_calibrating_on_the_recording_cannot_open_its_moderation()
    {
        using var calibrating = await StaffMember.NewAsync(app);
        var callId = await DisputedCallAsync();
        using (var before = await calibrating.Page.GetAsync($"/moderation/{callId}"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode); // a possible lead, until asked to calibrate on it
        await CountAsync(async db =>
        {
            var set = new Data.Calibration.CalibrationSet { Id = Guid.CreateVersion7(), Name = "Blind", CreatedByUserId = calibrating.Id, CreatedUtc = DateTime.UtcNow };
            db.AddRange(set,
                new Data.Calibration.CalibrationItem { Id = Guid.CreateVersion7(), CalibrationSetId = set.Id, MockCallId = callId, Position = 1, Reference = new Dictionary<string, int>() },
                new Data.Calibration.CalibrationAssignment { Id = Guid.CreateVersion7(), CalibrationSetId = set.Id, AssessorUserId = calibrating.Id, AssignedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        using var page = await calibrating.Page.GetAsync($"/moderation/{callId}");
        using var post = await calibrating.Page.SubmitAsync($"/assessor", [], postUrl: $"/moderation/{callId}");

        Assert.Contains("access-denied", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("access-denied", post.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.MockCallModerations.CountAsync(m => m.MockCallId == callId)));
    }

    [Fact]
    public async Task Assessors_who_split_on_a_gates_pass_mark_go_to_the_lead_even_within_the_tolerance()
    {
        using var first = await StaffMember.NewAsync(app);
        using var second = await StaffMember.NewAsync(app);
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), first.Id, second.Id);
        (await first.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 2, 3, 3, 3))).Dispose();
        (await second.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 3, 3, 3, 3, "early-reassurance"))).Dispose();

        var page = WebUtility.HtmlDecode(await manager.Page.GetPageAsync($"/moderation/{callId}"));

        Assert.Contains("Empathy: rated 2 and 3", page, StringComparison.Ordinal);
        Assert.Contains("confirmed by the second assessor only", page, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.MockCallResults.CountAsync(r => r.MockCallId == callId)));
        Assert.Equal(1, await CountAsync(db => db.AccessAuditEntries.CountAsync(e =>
            e.UserId == manager.Id && e.MockCallId == callId && e.Action == AccessAction.ViewedAssessment)));
    }

    /// <summary>A call two new assessors rated beyond the tolerance apart: waiting for a lead.</summary>
    private async Task<Guid> DisputedCallAsync()
    {
        using var first = await StaffMember.NewAsync(app);
        using var second = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), first.Id, second.Id);
        (await first.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(1, 3, 3, 3, 3))).Dispose();
        (await second.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 3, 4, 3, 3))).Dispose();
        return callId;
    }

    private async Task<int> CountAsync(Func<RecruitmentDbContext, Task<int>> count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>());
    }
}

/// <summary>The tolerance is a setting: two scale points let a difference of two through.</summary>
public sealed class ModerationToleranceTests(ModerationToleranceTests.WideToleranceApp app) : IClassFixture<ModerationToleranceTests.WideToleranceApp>
{
    public sealed class WideToleranceApp : RecruitmentApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Assessment:ModerationTolerance"] = "2" };
    }

    [Fact]
    public async Task A_difference_within_a_wider_tolerance_is_averaged_without_a_lead()
    {
        using var first = await StaffMember.NewAsync(app);
        using var second = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), first.Id, second.Id);
        (await first.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 3, 3, 1, 3))).Dispose();
        (await second.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 3, 3, 3, 3))).Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MockCallResults.AsNoTracking().SingleAsync(r => r.MockCallId == callId);
        Assert.Equal(2.0, result.Scores.Single(s => s.CriterionId == "listening").Score);
    }
}
