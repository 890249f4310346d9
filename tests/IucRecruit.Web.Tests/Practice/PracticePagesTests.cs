using System.Net;
using IucRecruit.Core.Practice;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Practice;

/// <summary>The practice call's pages through the real app, as a visitor without an account and as
/// an invited candidate: start, the result posted once, the checks and times shown, the answer.</summary>
public sealed class PracticePagesTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private string CampaignPage => $"/practice/{app.Demo.Campaign.Id}";

    private PracticeCall SoreThroat => app.WithScope(s => s.GetRequiredService<ScenarioLibrary>().PracticeCalls.Single(p => p.Id == "practice-sore-throat"));

    /// <summary>Chooses the call on the campaign's page; returns the attempt's page.</summary>
    private async Task<string> StartAsync(PageClient client, string call)
    {
        using var started = await client.SubmitAsync(CampaignPage, [new("call", call)], $"{CampaignPage}?handler=Start");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return started.Headers.Location!.OriginalString;
    }

    private static Guid AttemptId(string attemptPage) => Guid.Parse(attemptPage[(attemptPage.LastIndexOf('/') + 1)..]);

    private static IEnumerable<KeyValuePair<string, string>> Measures(string responses = "800,1500,2200") =>
    [
        new("durationMs", "95000"), new("candidateSpeechMs", "30000"), new("callerSpeechMs", "44000"),
        new("responseTimesMs", responses), new("turnsHeard", "6"),
    ];

    [Fact]
    public async Task Anyone_sees_the_shift_the_promise_about_their_voice_and_the_three_calls_without_signing_in()
    {
        using var visitor = app.CreatePageClient();

        var html = await visitor.GetPageAsync(CampaignPage);

        // The campaign's own words for its shifts (up to the first apostrophe, which HTML encodes).
        Assert.Contains(app.Demo.Campaign.WorkingConditions.Split('\'')[0], html, StringComparison.Ordinal);
        Assert.Contains("Your voice never leaves your device.", html, StringComparison.Ordinal);
        foreach (var pace in new[] { "Unhurried", "Steady", "Brisk" }) Assert.Contains(pace + ":", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("name=\"call\"").Length - 1);
        using var unknown = await visitor.GetAsync($"/practice/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_visitors_call_is_checked_by_the_accuracy_rules_taken_once_and_answered_not_for_me_with_reasons()
    {
        using var visitor = app.CreatePageClient();
        var attemptPage = await StartAsync(visitor, "practice-sore-throat");
        var call = await visitor.GetPageAsync(attemptPage);
        Assert.Contains("data-turns=", call, StringComparison.Ordinal);
        Assert.Contains("name=\"record[postcode]\"", call, StringComparison.Ordinal);

        // Right postcode written differently, wrong number, outcome chosen right.
        using var finished = await visitor.SubmitAsync(attemptPage, Measures().Concat(
        [
            new("record[patient-name]", "grace okafor"), new("record[postcode]", "b139hx"),
            new("record[callback-number]", "07700 900999"), new("record[disposition]", "Self-care"),
            new("record[gp-practice]", ""), // left empty, as a browser posts it
        ]));
        Assert.Equal(HttpStatusCode.Redirect, finished.StatusCode);
        var result = await visitor.GetPageAsync(attemptPage);
        Assert.Contains("3 of 6 fields of your call record match what the caller said.", result, StringComparison.Ordinal);
        Assert.DoesNotContain("assessors' accuracy rating", result, StringComparison.Ordinal);
        Assert.Contains("<dd>1 min 35 s</dd>", result, StringComparison.Ordinal);
        Assert.Contains("<dd>41%</dd>", result, StringComparison.Ordinal); // 30 of 74 seconds of talk
        Assert.Contains("<dd>1.5 seconds</dd>", result, StringComparison.Ordinal); // the median response
        Assert.Contains("<dd>2.2 seconds</dd>", result, StringComparison.Ordinal); // the longest
        Assert.Contains("Is this job for you?", result, StringComparison.Ordinal);
        // The demo campaign's own statement of a shift: 10 hours, 40 to 60 calls (600 / 60 = 10 and 600 / 40 = 15 minutes a call).
        Assert.Contains("<p data-typical-shift>In a typical 10-hour shift an advisor takes about 40 to 60 calls: a new call about every 10 to 15 minutes",
            result, StringComparison.Ordinal);

        // The result is taken once: a replayed post changes nothing and says so.
        using var again = await visitor.SubmitAsync(attemptPage, Measures("100").Concat([new("record[postcode]", "B13 9HX")]));
        Assert.Contains("already been handed in", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var answered = await visitor.SubmitAsync(attemptPage,
            [new("answer", "NotForMe"), new("reasons", "Weekends"), new("reasons", "DistressedCallers")], $"{attemptPage}?handler=Answer");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Thank you for telling us.", await visitor.GetPageAsync(attemptPage), StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().PracticeAttempts.AsNoTracking()
            .SingleAsync(a => a.Id == AttemptId(attemptPage));
        Assert.Equal((null, 3, 6, 1500L, PracticeAnswer.NotForMe, "Weekends,DistressedCallers"),
            (stored.CandidateId, stored.FieldsMatched, stored.FieldCount, stored.MedianResponseMs, stored.Answer, stored.NotForMeReasons));
        Assert.Contains("\"postcode\":\"b139hx\"", stored.RecordJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impossible_measures_are_refused_with_the_reason_and_nothing_is_stored()
    {
        using var visitor = app.CreatePageClient();
        var attemptPage = await StartAsync(visitor, "practice-chest-pain-husband");

        using var refused = await visitor.SubmitAsync(attemptPage,
            [new("durationMs", "1000"), new("candidateSpeechMs", "0"), new("callerSpeechMs", "0"), new("responseTimesMs", "5000"), new("turnsHeard", "1")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Each response time must be within the call", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-turns=", await visitor.GetPageAsync(attemptPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invited_candidates_attempt_is_theirs_alone_and_their_home_page_links_to_the_practice()
    {
        var candidateId = await CallParticipants.CandidateAsync(app, 7);
        using var candidate = await CallParticipants.CandidatePageAsync(app, candidateId);
        Assert.Contains($"href=\"{CampaignPage}\"", await candidate.GetPageAsync("/candidate"), StringComparison.Ordinal);

        var attemptPage = await StartAsync(candidate, "practice-feverish-toddler");
        using var visitor = app.CreatePageClient();
        using var other = await visitor.GetAsync(attemptPage);

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.Equal(candidateId, (await db.PracticeAttempts.AsNoTracking().SingleAsync(a => a.Id == AttemptId(attemptPage))).CandidateId);
    }

    [Fact]
    public async Task Clips_are_served_to_anyone_cacheable_for_a_year_at_their_versions_address()
    {
        using var visitor = app.CreatePageClient();
        var call = SoreThroat;

        using var clip = await visitor.GetAsync(Features.Practice.PracticeClips.UrlOf(call, call.Turns[0]));
        using var stale = await visitor.GetAsync($"/practice/clips/{call.Id}/{call.Turns[0].Id}?v=0000000000");

        Assert.Equal(HttpStatusCode.OK, clip.StatusCode);
        Assert.Equal("audio/wav", clip.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", clip.Headers.CacheControl?.ToString());
        var bytes = await clip.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("no-cache", stale.Headers.CacheControl?.ToString());
    }
}
