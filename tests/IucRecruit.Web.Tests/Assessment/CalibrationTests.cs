using System.Net;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Calibration;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>Calibration through the pages: a manager builds a set from recordings, assessors score
/// it blind with the same form, the report names every statistic's form with its interval, and
/// none of it touches a candidate's result.</summary>
public sealed class CalibrationTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task Assessors_score_a_set_blind_and_the_report_names_every_statistic_without_touching_any_result()
    {
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        using var original = await StaffMember.NewAsync(app);
        using var x = await StaffMember.NewAsync(app);
        using var y = await StaffMember.NewAsync(app);
        var calls = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var evidence = new EvidenceNoted(EndedCalls.AnsweredUtc(app), 5_000, original.Id, EvidenceKind.Note, null, null, "original-assessor-note");
            var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), original.Id, evidence: [evidence]);
            await EndedCalls.AddRecordingAsync(app, callId, new short[8000], new short[8000]);
            calls.Add(callId);
        }

        using var created = await manager.Page.SubmitAsync("/manager/calibration", [new("Name", "Back pain, spring")]);
        var set = created.Headers.Location!.OriginalString;
        foreach (var callId in calls)
            (await manager.Page.SubmitAsync(set, [new("callId", callId.ToString())], $"{set}?handler=Add")).Dispose();
        foreach (var assessor in new[] { x, y })
            (await manager.Page.SubmitAsync(set, [new("assessorId", assessor.Id.ToString())], $"{set}?handler=Assign")).Dispose();
        var firstItem = await ItemIdsAsync(calls[0]);
        (await manager.Page.SubmitAsync(set, [new("itemId", firstItem.ToString()), new("reference[empathy]", "3")], $"{set}?handler=Reference")).Dispose();

        var xHome = await x.Page.GetPageAsync("/assessor");
        var scores = new Dictionary<StaffMember, int[][]>
        {
            [x] = [[3, 3, 3, 2, 2], [4, 4, 3, 3, 3], [2, 2, 2, 1, 2]],
            [y] = [[3, 4, 3, 2, 3], [4, 3, 4, 3, 3], [2, 2, 1, 1, 1]],
        };
        foreach (var (assessor, sheets) in scores)
            for (var i = 0; i < calls.Count; i++)
            {
                var s = sheets[i];
                using var submitted = await assessor.Page.SubmitAsync($"/assessor/calibration/{await ItemIdsAsync(calls[i])}", Ratings.Form(s[0], s[1], s[2], s[3], s[4]));
                Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            }
        var xAfter = await x.Page.GetPageAsync($"/assessor/calibration/{firstItem}");
        var xReview = await x.Page.GetPageAsync($"/recordings/{calls[0]}");
        var report = WebUtility.HtmlDecode(await manager.Page.GetPageAsync($"{set}/report"));

        Assert.Contains($"/assessor/calibration/{firstItem}", xHome, StringComparison.Ordinal);
        Assert.DoesNotContain(y.Name, xAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("original-assessor-note", xReview, StringComparison.Ordinal);
        foreach (var form in new[] { "ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)", "Krippendorff's alpha, nominal",
                     "Krippendorff's alpha, ordinal", "Krippendorff's alpha, interval", "Cohen's kappa, linear weights",
                     "Cohen's kappa, quadratic weights", "Mean difference from peers", "Mean difference from reference" })
            Assert.Contains(form, report, StringComparison.Ordinal);
        Assert.Contains("95% CI", report, StringComparison.Ordinal);
        Assert.Contains($"{x.Name} vs {y.Name}", report, StringComparison.Ordinal);
        // Three recordings: the summary leads and says they are too few to judge, and no interval is quoted.
        Assert.InRange(report.IndexOf("Too few recordings to judge: 3 scored", StringComparison.Ordinal), 0, report.IndexOf("Full statistics", StringComparison.Ordinal));
        Assert.DoesNotContain("[0.000, 0.000]", report, StringComparison.Ordinal);
        Assert.Contains("class=\"chart-empty\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/reliability.md", report, StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.Equal(6, await db.CalibrationScorecards.CountAsync(s => s.AssessorUserId == x.Id || s.AssessorUserId == y.Id));
        Assert.Equal(0, await db.MockCallScorecards.CountAsync(s => calls.Contains(s.MockCallId)));
        Assert.Equal(0, await db.MockCallResults.CountAsync(r => calls.Contains(r.MockCallId)));
        // A calibration recording is still a candidate's call: opening it is in the access audit.
        Assert.True(await db.AccessAuditEntries.AnyAsync(e => e.UserId == x.Id && e.MockCallId == calls[0] && e.Action == AccessAction.ViewedAssessment));
    }

    /// <summary>Once the call's own assessor has submitted, a lead may see their marks; a
    /// calibration assessor, who is also "an assessor not on the call", must still see neither
    /// the marks nor whose call it is (decision 0023).</summary>
    [Fact]
    public async Task A_calibration_assessor_hears_the_recording_blind_even_after_the_call_was_scored()
    {
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        using var original = await StaffMember.NewAsync(app);
        using var calibrating = await StaffMember.NewAsync(app);
        var evidence = new EvidenceNoted(EndedCalls.AnsweredUtc(app), 5_000, original.Id, EvidenceKind.Note, null, null, "original-assessor-note");
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), original.Id, evidence: [evidence]);
        await EndedCalls.AddRecordingAsync(app, callId, new short[8000], new short[8000]);
        (await original.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(3, 4, 3, 2, 1))).Dispose();
        using var created = await manager.Page.SubmitAsync("/manager/calibration", [new("Name", "Blind")]);
        var set = created.Headers.Location!.OriginalString;
        (await manager.Page.SubmitAsync(set, [new("callId", callId.ToString())], $"{set}?handler=Add")).Dispose();
        (await manager.Page.SubmitAsync(set, [new("assessorId", calibrating.Id.ToString())], $"{set}?handler=Assign")).Dispose();

        var blind = await calibrating.Page.GetPageAsync($"/recordings/{callId}");
        var managerView = await manager.Page.GetPageAsync($"/recordings/{callId}");

        Assert.Contains("original-assessor-note", managerView, StringComparison.Ordinal);
        Assert.Contains("Jo Tester", managerView, StringComparison.Ordinal);
        Assert.DoesNotContain("original-assessor-note", blind, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Tester", blind, StringComparison.Ordinal);
        Assert.DoesNotContain(original.Name, blind, StringComparison.Ordinal);
        Assert.Contains("Calibration recording", blind, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_assessors_asked_to_score_a_set_may_score_it_or_hear_its_recordings()
    {
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        using var asked = await StaffMember.NewAsync(app);
        using var notAsked = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), manager.Id);
        await EndedCalls.AddRecordingAsync(app, callId, new short[800], new short[800]);
        using var created = await manager.Page.SubmitAsync("/manager/calibration", [new("Name", "Access")]);
        var set = created.Headers.Location!.OriginalString;
        (await manager.Page.SubmitAsync(set, [new("callId", callId.ToString())], $"{set}?handler=Add")).Dispose();
        (await manager.Page.SubmitAsync(set, [new("assessorId", asked.Id.ToString())], $"{set}?handler=Assign")).Dispose();
        var item = await ItemIdsAsync(callId);

        using var scoring = await notAsked.Page.GetAsync($"/assessor/calibration/{item}");
        using var listening = await notAsked.Page.GetAsync($"/recordings/{callId}");

        Assert.Equal(HttpStatusCode.NotFound, scoring.StatusCode);
        Assert.Contains("access-denied", listening.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Listen", await asked.Page.GetPageAsync($"/recordings/{callId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recording_erased_at_the_candidates_request_keeps_its_ratings_but_can_no_longer_be_scored()
    {
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        using var original = await StaffMember.NewAsync(app);
        using var scorer = await StaffMember.NewAsync(app);
        using var late = await StaffMember.NewAsync(app);
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        var callId = await EndedCalls.AddAsync(app, candidateId, original.Id);
        await EndedCalls.AddRecordingAsync(app, callId, new short[8000], new short[8000]);
        using var created = await manager.Page.SubmitAsync("/manager/calibration", [new("Name", "Erasure check")]);
        var set = created.Headers.Location!.OriginalString;
        (await manager.Page.SubmitAsync(set, [new("callId", callId.ToString())], $"{set}?handler=Add")).Dispose();
        foreach (var assessor in new[] { scorer, late })
            (await manager.Page.SubmitAsync(set, [new("assessorId", assessor.Id.ToString())], $"{set}?handler=Assign")).Dispose();
        var item = await ItemIdsAsync(callId);
        (await scorer.Page.SubmitAsync($"/assessor/calibration/{item}", Ratings.Form(3, 3, 3, 3, 3))).Dispose();
        Assert.Contains($"/assessor/calibration/{item}", await late.Page.GetPageAsync("/assessor"), StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var erased = await scope.ServiceProvider.GetRequiredService<CandidateErasure>()
                .EraseAsync(candidateId, "Request by email", new Actor(manager.Id, manager.Name));
            Assert.Null(erased.Refusal);
        }

        var home = await late.Page.GetPageAsync("/assessor");
        var page = WebUtility.HtmlDecode(await late.Page.GetPageAsync($"/assessor/calibration/{item}"));
        using var refused = await late.Page.SubmitAsync($"/assessor/calibration/{item}", Ratings.Form(3, 3, 3, 3, 3));
        var setPage = WebUtility.HtmlDecode(await manager.Page.GetPageAsync(set));

        Assert.DoesNotContain($"/assessor/calibration/{item}", home, StringComparison.Ordinal);
        Assert.Contains(CalibrationSets.ErasedRecording, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Submit my calibration ratings", page, StringComparison.Ordinal);
        Assert.Contains(CalibrationSets.ErasedRecording, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("The recording has been erased", setPage, StringComparison.Ordinal);
        Assert.Contains("Scored by 1 of 2 assessors", setPage, StringComparison.Ordinal);
    }

    private async Task<Guid> ItemIdsAsync(Guid callId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().CalibrationItems
            .Where(i => i.MockCallId == callId).Select(i => i.Id).SingleAsync();
    }
}
