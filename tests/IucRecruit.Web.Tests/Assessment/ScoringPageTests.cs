using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Assessment;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>The assessor's scoring page: opened only after the call, every criterion on its
/// anchored scale beside the assessor's own evidence and the automatic accuracy check, submitted
/// once and kept as submitted; and blind to the other assessor until both have submitted.</summary>
public sealed class ScoringPageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private static readonly Dictionary<string, string> Record = new()
    {
        ["patient-name"] = "Jordan Reed", ["date-of-birth"] = "21/08/1999", ["callback-number"] = "07700 900214",
        ["postcode"] = "LS6 3BJ", ["gp-practice"] = "Hyde Park", ["disposition"] = "Go to A&E",
    };

    [Fact]
    public async Task Ratings_open_only_once_the_call_has_ended()
    {
        using var assessor = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), assessor.Id, ended: false);

        var html = await assessor.Page.GetPageAsync($"/assessor/calls/{callId}/score");
        var refused = await WithScopeAsync(s => s.GetRequiredService<CallAssessments>().SubmitAsync(callId, assessor.Id,
            new Dictionary<string, int?> { ["accuracy"] = 3 }, []));

        Assert.Contains("Ratings open when the call has ended.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Ratings[accuracy]\"", html, StringComparison.Ordinal);
        Assert.Equal("Ratings open when the call has ended.", refused.Problems.Single().Message);
    }

    [Fact]
    public async Task The_form_shows_each_scale_with_its_anchors_beside_the_assessors_evidence_and_the_automatic_check()
    {
        using var assessor = await StaffMember.NewAsync(app);
        var evidence = new EvidenceNoted(EndedCalls.AnsweredUtc(app).AddSeconds(75), 75_000, assessor.Id, EvidenceKind.Concern, "call-handling", null, "Reassures before asking about numbness");
        var flag = new EvidenceNoted(EndedCalls.AnsweredUtc(app).AddSeconds(80), 80_000, assessor.Id, EvidenceKind.CriticalFail, null, "early-reassurance", "");
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), assessor.Id, record: Record, evidence: [evidence, flag]);

        var html = WebUtility.HtmlDecode(await assessor.Page.GetPageAsync($"/assessor/calls/{callId}/score"));

        foreach (var criterion in EndedCalls.Scenario(app).Rubric.Criteria)
        {
            Assert.Contains($"name=\"Ratings[{criterion.Id}]\"", html, StringComparison.Ordinal);
            Assert.All(criterion.Scale, point => Assert.Contains(point.Anchor, html, StringComparison.Ordinal));
        }
        Assert.Contains("Your evidence: 1:15 concern “Reassures before asking about numbness”", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/recordings/{callId}?at=75000\"", html, StringComparison.Ordinal);
        Assert.Contains("5 of 6 fields of the call record match the true values", html, StringComparison.Ordinal);
        Assert.Contains("value=\"early-reassurance\" checked=\"checked\"", html, StringComparison.Ordinal); // flagged during the call
        // Only the criteria are rated, in the rubric's order: no overall score anywhere on the form.
        Assert.Equal(EndedCalls.Scenario(app).Rubric.Criteria.Select(c => $"Ratings[{c.Id}]"),
            Regex.Matches(html, "type=\"radio\"[^>]* name=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct());
    }

    [Fact]
    public async Task A_submission_needs_every_criterion_and_is_kept_as_submitted()
    {
        using var assessor = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), assessor.Id);
        var url = $"/assessor/calls/{callId}/score";

        using var incomplete = await assessor.Page.SubmitAsync(url, Ratings.Form(3, 3, 3, 3, 3).Where(f => f.Key != "Ratings[safety-netting]"));
        var incompleteHtml = await incomplete.Content.ReadAsStringAsync();
        using var submitted = await assessor.Page.SubmitAsync(url, Ratings.Form(4, 3, 3, 2, 1));
        using var changed = await assessor.Page.SubmitAsync(url, Ratings.Form(1, 1, 1, 1, 1));
        var changedHtml = WebUtility.HtmlDecode(await changed.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("Choose a rating for Safety-netting.", incompleteHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.DoesNotContain("name=\"Ratings[accuracy]\"", changedHtml, StringComparison.Ordinal); // the form is gone once submitted
        var refused = await WithScopeAsync(s => s.GetRequiredService<CallAssessments>().SubmitAsync(callId, assessor.Id,
            new Dictionary<string, int?> { ["accuracy"] = 1, ["empathy"] = 1, ["call-handling"] = 1, ["listening"] = 1, ["safety-netting"] = 1 }, []));
        Assert.Equal("You have already submitted your ratings; they cannot be changed.", refused.Problems.Single().Message);
        var stored = await WithScopeAsync(s => s.GetRequiredService<RecruitmentDbContext>().MockCallScorecards.AsNoTracking()
            .SingleAsync(c => c.MockCallId == callId));
        Assert.Equal([4, 3, 3, 2, 1], stored.Sheet.Ratings.Select(r => r.Points));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, stored.SubmittedUtc);
    }

    [Fact]
    public async Task A_form_sent_with_no_rating_says_beside_each_criterion_that_it_needs_one_and_keeps_what_was_ticked()
    {
        using var assessor = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), assessor.Id);

        using var response = await assessor.Page.SubmitAsync($"/assessor/calls/{callId}/score", [KeyValuePair.Create("CriticalFails", "early-reassurance")]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("__RequestVerificationToken'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid for", html, StringComparison.Ordinal);
        var criteria = new[] { "Accuracy", "Empathy", "Ability to handle the call", "Listening", "Safety-netting" };
        Assert.Equal(criteria.Select(name => $"{name}|Choose a rating for {name}."), FieldsetErrors(html));
        Assert.Contains("value=\"early-reassurance\" checked=\"checked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_sent_with_some_ratings_keeps_them_and_marks_only_the_missing_criterion()
    {
        using var assessor = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), assessor.Id);

        using var response = await assessor.Page.SubmitAsync($"/assessor/calls/{callId}/score",
            Ratings.Form(4, 3, 2, 1, 3).Where(f => f.Key != "Ratings[empathy]"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(["Empathy|Choose a rating for Empathy."], FieldsetErrors(html));
        Assert.Equal(["Ratings[accuracy]=4", "Ratings[call-handling]=2", "Ratings[listening]=1", "Ratings[safety-netting]=3"],
            Regex.Matches(html, "name=\"(Ratings\\[[^\"]+\\])\" value=\"(\\d)\" checked=\"checked\"").Select(m => $"{m.Groups[1].Value}={m.Groups[2].Value}"));
    }

    /// <summary>"Criterion|error" for each rating fieldset marked in error, the error inside it.</summary>
    private static IEnumerable<string> FieldsetErrors(string html) =>
        Regex.Matches(html, "<fieldset class=\"rating form-group form-group--error\">\\s*<legend>([^<(]+?) \\(.*?</legend>.*?<p class=\"field-error\">([^<]+)</p>.*?</fieldset>",
            RegexOptions.Singleline).Select(m => $"{m.Groups[1].Value}|{m.Groups[2].Value}");

    [Fact]
    public async Task Neither_assessor_sees_the_others_ratings_or_evidence_until_both_have_submitted()
    {
        using var first = await StaffMember.NewAsync(app);
        using var second = await StaffMember.NewAsync(app);
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        var at = EndedCalls.AnsweredUtc(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), first.Id, second.Id, evidence:
        [
            new EvidenceNoted(at.AddSeconds(30), 30_000, first.Id, EvidenceKind.Note, "empathy", null, "first-assessor-note"),
            new EvidenceNoted(at.AddSeconds(40), 40_000, second.Id, EvidenceKind.Note, "empathy", null, "second-assessor-note"),
        ]);
        (await first.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(4, 4, 4, 4, 4))).Dispose();

        var secondBefore = await second.Page.GetPageAsync($"/assessor/calls/{callId}/score");
        var secondReviewBefore = await second.Page.GetPageAsync($"/recordings/{callId}");
        var firstBefore = await first.Page.GetPageAsync($"/assessor/calls/{callId}/score");
        var managerBefore = await manager.Page.GetPageAsync($"/manager/results/{callId}");

        Assert.DoesNotContain(first.Name, secondBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("first-assessor-note", secondBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("first-assessor-note", secondReviewBefore, StringComparison.Ordinal);
        Assert.Contains("second-assessor-note", secondReviewBefore, StringComparison.Ordinal);
        Assert.Contains("The other assessor has not submitted yet.", firstBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("second-assessor-note", firstBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("first-assessor-note", managerBefore, StringComparison.Ordinal);
        Assert.Contains("1 of 2 assessors have submitted", managerBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("<caption>Ratings</caption>", managerBefore, StringComparison.Ordinal);

        (await second.Page.SubmitAsync($"/assessor/calls/{callId}/score", Ratings.Form(4, 3, 4, 3, 3))).Dispose();

        var firstAfter = await first.Page.GetPageAsync($"/assessor/calls/{callId}/score");
        var firstReviewAfter = await first.Page.GetPageAsync($"/recordings/{callId}");
        Assert.Contains(second.Name, firstAfter, StringComparison.Ordinal);
        Assert.Contains("second-assessor-note", firstReviewAfter, StringComparison.Ordinal);
        Assert.Contains("first-assessor-note", await manager.Page.GetPageAsync($"/recordings/{callId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assessor_not_booked_on_the_call_cannot_open_its_scoring_page()
    {
        using var assessor = await StaffMember.NewAsync(app);
        using var other = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), assessor.Id);

        using var response = await other.Page.GetAsync($"/assessor/calls/{callId}/score");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Speech_analytics_are_worked_out_once_from_the_recording_and_kept()
    {
        using var assessor = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), assessor.Id);
        // Caller speaks 0–2 s, candidate answers 2.5–4 s: a 500 ms response, nobody talking over anyone.
        await EndedCalls.AddRecordingAsync(app, callId, Burst(0, 2, 5), Burst(2.5, 4, 5));

        var html = WebUtility.HtmlDecode(await assessor.Page.GetPageAsync($"/assessor/calls/{callId}/score"));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await assessor.Page.GetPageAsync($"/assessor/calls/{callId}/score");

        var stored = await WithScopeAsync(s => s.GetRequiredService<RecruitmentDbContext>().CallSpeechAnalytics.AsNoTracking()
            .Where(a => a.MockCallId == callId).ToListAsync());
        var analytics = Assert.Single(stored);
        Assert.InRange(analytics.MedianResponseLatencyMs!.Value, 440, 560);
        Assert.Equal(0, analytics.Interruptions);
        Assert.InRange(analytics.CandidateTalkRatio!.Value, 0.37, 0.46); // 1.5 s of 3.5 s
        Assert.Contains("Candidate's share of the talk", html, StringComparison.Ordinal);
        Assert.True(analytics.AnalysedUtc < app.Clock.GetUtcNow().UtcDateTime, "analysed once, on the first request");
    }

    /// <summary>A 300 Hz tone from <paramref name="from"/> to <paramref name="to"/> seconds in a
    /// recording of <paramref name="seconds"/> seconds, over a quiet hiss (the detector's noise floor).</summary>
    private static short[] Burst(double from, double to, double seconds)
    {
        var random = new Random(7);
        return Enumerable.Range(0, (int)(seconds * 8000)).Select(i =>
        {
            var t = i / 8000.0;
            var tone = t >= from && t < to ? 8000 * Math.Sin(2 * Math.PI * 300 * t) : 0;
            return (short)(tone + random.Next(-20, 21));
        }).ToArray();
    }

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }
}
