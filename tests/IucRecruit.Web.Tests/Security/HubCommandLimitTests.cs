using System.Diagnostics;
using IucRecruit.Data;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Tests.Calls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IucRecruit.Web.Tests.Security;

/// <summary>Each hub connection may send each kind of command only so fast, and only so much
/// call record (docs/decisions/0057): a flood is refused in words and logged, and the call goes on.</summary>
public sealed class HubCommandLimitTests(LiveCallApp app) : IClassFixture<LiveCallApp>
{
    [Fact]
    public async Task A_flood_of_call_record_updates_is_refused_in_words_and_logged_and_the_call_goes_on()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 1);
        await call.JoinAllAsync();
        await call.RolePlayer.InvokeAsync("Ring");
        await call.Candidate.InvokeAsync("Answer");

        var logs = app.Logs.StartWindow();
        var refusals = new List<string>();
        var accepted = 0;
        var timer = Stopwatch.StartNew();
        for (var i = 0; i < 120; i++)
        {
            try
            {
                await call.Candidate.InvokeAsync("UpdateRecordField", "postcode", $"LS{i} 4AP");
                accepted++;
            }
            catch (HubException refused)
            {
                refusals.Add(refused.Message);
            }
        }
        var seconds = timer.Elapsed.TotalSeconds;

        // The burst of 20, and 5 more for each second the flood took.
        Assert.InRange(accepted, 20, 20 + (int)Math.Ceiling(seconds * 5) + 1);
        Assert.NotEmpty(refusals);
        Assert.All(refusals, r => Assert.Contains("Too many call-record updates from this page: at most 5 a second.", r, StringComparison.Ordinal));
        Assert.True(logs.Contains("Refused RecordField from connection"));
        // Other kinds keep their own allowance, and the call goes on to its end.
        await call.Assessor.InvokeAsync("NoteEvidence", "Note", null, null, "Still here");
        await call.Candidate.InvokeAsync("EndCall");
        await call.RolePlayer.NextEventAsync("ended");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.Equal(accepted, await db.MockCallEvents.CountAsync(e => e.MockCallId == call.CallId && e.Type == "record-field"));
    }

    [Fact]
    public void The_call_record_a_connection_saves_is_capped_in_characters()
    {
        var generous = new HubCommandLimiter.Rate(1000, 1000, "updates");
        using var limiter = new HubCommandLimiter(NullLogger<HubCommandLimiter>.Instance, new HubCommandLimiter.Limits(
            Enum.GetValues<HubCommandLimiter.Kind>().ToDictionary(k => k, _ => generous), RecordCharacters: 2_500));

        int[] lengths = [1000, 1000, 1000, 400, 101];
        var verdicts = lengths.Select(n => limiter.Refusal("one", HubCommandLimiter.Kind.RecordField, n)).ToList();

        Assert.Equal([null, null], verdicts.Take(2));
        Assert.Equal("The call record has reached its limit of 2,500 characters saved from this page.", verdicts[2]);
        Assert.Null(verdicts[3]); // a refused update used none of the allowance
        Assert.NotNull(verdicts[4]);
        Assert.Null(limiter.Refusal("another", HubCommandLimiter.Kind.RecordField, 1000));
    }
}
