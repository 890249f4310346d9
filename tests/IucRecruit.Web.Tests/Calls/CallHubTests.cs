using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>The call hub through a real SignalR client: the whole call, and every role rule.</summary>
public sealed class CallHubTests(LiveCallApp app) : IClassFixture<LiveCallApp>
{
    [Fact]
    public async Task A_call_is_rung_answered_heard_recorded_and_ended_with_every_step_in_the_log()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 0);
        var snapshot = await call.Candidate.JoinAsync(call.CallId);
        Assert.Equal("Candidate", snapshot.GetProperty("party").GetString());
        Assert.Equal("Waiting", snapshot.GetProperty("phase").GetString());
        await call.RolePlayer.JoinAsync(call.CallId);
        await call.Assessor.JoinAsync(call.CallId);

        await call.RolePlayer.InvokeAsync("Ring");
        await call.Candidate.NextEventAsync("rang");
        await call.Candidate.InvokeAsync("Answer");
        await call.Assessor.NextEventAsync("answered");

        var caller = call.RolePlayer.StreamAudioAsync(CallParticipants.Tone(440, 50), TimeSpan.FromMilliseconds(20));
        var candidate = call.Candidate.StreamAudioAsync(CallParticipants.Tone(660, 50), TimeSpan.FromMilliseconds(20));
        var candidateHears = await call.Candidate.ReceiveAudioAsync("Caller", 40);
        var rolePlayerHears = await call.RolePlayer.ReceiveAudioAsync("Candidate", 40);
        var assessorHearsCaller = await call.Assessor.ReceiveAudioAsync("Caller", 40);
        await Task.WhenAll(caller, candidate);
        Assert.True(SignalLevel.Rms(candidateHears) > 3000);
        Assert.True(SignalLevel.Rms(rolePlayerHears) > 3000);
        Assert.True(SignalLevel.Rms(assessorHearsCaller) > 3000);

        await call.Candidate.InvokeAsync("UpdateRecordField", "postcode", "LS1 4AP");
        var field = await call.Assessor.NextEventAsync("record-field");
        Assert.Equal("LS1 4AP", field.GetProperty("value").GetString());

        await call.RolePlayer.InvokeAsync("PlayClip", TestCallScenarios.ClipId);
        var clip = await call.Candidate.ReceiveAudioAsync("Clip", 25);
        Assert.True(SignalLevel.Rms(clip) > 3000);
        await call.RolePlayer.ReceiveAudioAsync("Clip", 25); // the role-player hears the clip they played

        await call.Candidate.InvokeAsync("EndCall");
        var ended = await call.RolePlayer.NextEventAsync("ended");
        Assert.Equal("Candidate", ended.GetProperty("endedBy").GetString());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var log = await db.MockCallEvents.Where(e => e.MockCallId == call.CallId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Equal(["consent", "joined", "joined", "joined", "rang", "answered", "record-field", "clip-played", "ended"], log.Select(e => e.Type));
        Assert.Equal(CallPhase.Ended, (await db.MockCalls.SingleAsync(c => c.Id == call.CallId)).Phase);

        var recording = await db.CallRecordings.SingleAsync(r => r.MockCallId == call.CallId);
        Assert.NotNull(recording.Sha256);
        var path = Path.Combine(app.Services.GetRequiredService<RecordingStorage>().Folder, recording.RelativePath);
        var (info, channels) = WavReader.ReadSamples(path);
        Assert.Equal((WavEncoding.Pcm16, 8000, 2), (info.Encoding, info.SampleRate, info.Channels));
        var callLength = (long)(log[^1].AtUtc - log[5].AtUtc).TotalMilliseconds;
        Assert.InRange(recording.DurationMs, callLength - 40, callLength + 40);
        Assert.True(SignalLevel.Rms(channels[0]) > 500, "the caller's channel is silent");
        Assert.True(SignalLevel.Rms(channels[1]) > 500, "the candidate's channel is silent");
    }

    [Fact]
    public async Task Each_method_refuses_the_roles_that_may_not_call_it_and_logs_the_refusal()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 1);
        await call.JoinAllAsync();

        await AssertRefusedAsync(() => call.Candidate.InvokeAsync("Ring"), "CallHub.Ring");
        await AssertRefusedAsync(() => call.RolePlayer.InvokeAsync("Answer"), "CallHub.Answer");
        await AssertRefusedAsync(() => call.Assessor.InvokeAsync("EndCall"), "CallHub.EndCall");
        await AssertRefusedAsync(() => call.Assessor.InvokeAsync("UpdateRecordField", "postcode", "X"), "CallHub.UpdateRecordField");
        await AssertRefusedAsync(() => call.RolePlayer.InvokeAsync("UpdateRecordField", "postcode", "X"), "CallHub.UpdateRecordField");
        await AssertRefusedAsync(() => call.Assessor.InvokeAsync("SendAudio", OneFrame()), "CallHub.SendAudio");
    }

    [Fact]
    public async Task Nobody_joins_a_call_that_is_not_theirs_and_each_refusal_is_logged()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 2);
        await using var otherCandidate = await CallClient.ConnectAsync(app,
            await CallParticipants.CandidatePageAsync(app, await CallParticipants.CandidateAsync(app, 3)));
        var otherRolePlayer = await app.AddStaffAsync($"rp-{Guid.NewGuid():N}@demo.iucrecruit.test", Roles.RolePlayer);
        var page = app.CreatePageClient();
        await page.SignInAsync(otherRolePlayer.Email!, RecruitmentApp.Password);
        await using var unassigned = await CallClient.ConnectAsync(app, page);

        var notTheirs = await Assert.ThrowsAsync<HubException>(() => otherCandidate.JoinAsync(call.CallId));
        var notAssigned = await Assert.ThrowsAsync<HubException>(() => unassigned.JoinAsync(call.CallId));
        var noSuchCall = await Assert.ThrowsAsync<HubException>(() => unassigned.JoinAsync(Guid.NewGuid()));

        Assert.Contains("This is not your call.", notTheirs.Message, StringComparison.Ordinal);
        Assert.Contains("You are not assigned to this call.", notAssigned.Message, StringComparison.Ordinal);
        Assert.Contains("There is no such call.", noSuchCall.Message, StringComparison.Ordinal);
        Assert.True(app.Logs.Contains($"Call {call.CallId}: user {otherRolePlayer.Id} refused entry: You are not assigned to this call."));
        await AssertRefusedAsync(() => otherCandidate.InvokeAsync("Answer"), expectedLog: null, "Join the call first.");
    }

    [Fact]
    public async Task A_candidate_who_has_not_agreed_to_the_recording_cannot_join()
    {
        var candidateId = await CallParticipants.CandidateAsync(app, 7);
        var callId = await MockCallSchedule.AddAsync(app, candidateId, await CallParticipants.StaffIdAsync(app, Roles.RolePlayer),
            await CallParticipants.StaffIdAsync(app, Roles.Assessor), recordingConsent: false);
        await using var candidate = await CallClient.ConnectAsync(app, await CallParticipants.CandidatePageAsync(app, candidateId));

        var refused = await Assert.ThrowsAsync<HubException>(() => candidate.JoinAsync(callId));

        Assert.Contains("Agree to the recording before the call.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_joins_only_around_their_slot()
    {
        var early = DateTime.UtcNow.AddHours(3);
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 4, slotStartUtc: early);

        var refused = await Assert.ThrowsAsync<HubException>(() => call.Candidate.JoinAsync(call.CallId));

        Assert.Contains("Your call opens 30 minutes before your slot.", refused.Message, StringComparison.Ordinal);
        await call.RolePlayer.JoinAsync(call.CallId); // staff may prepare early
    }

    [Fact]
    public async Task Oversized_undersized_and_flooding_frames_are_dropped_without_harming_the_call()
    {
        var metrics = app.Services.GetRequiredService<CallRelayMetrics>();
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 5);
        await call.JoinAllAsync();
        await call.RolePlayer.InvokeAsync("Ring");
        await call.Candidate.InvokeAsync("Answer");
        var droppedBefore = metrics.Dropped;

        await call.Candidate.StreamAudioAsync([new byte[161], new byte[8], new byte[4000]]);
        await call.Candidate.StreamAudioAsync(CallParticipants.Tone(500, 200)); // 4 s of audio at once
        await call.Candidate.StreamAudioAsync(CallParticipants.Tone(500, 10), TimeSpan.FromMilliseconds(20));

        var heard = await call.RolePlayer.ReceiveAudioAsync("Candidate", 30);
        Assert.All(heard, frame => Assert.Equal(160, frame.Length));
        Assert.True(metrics.Dropped - droppedBefore >= 3 + 150, $"only {metrics.Dropped - droppedBefore} frames dropped");
        Assert.True(app.Logs.Contains($"Call {call.CallId}: dropping audio from the Candidate: WrongSize"));
        Assert.True(app.Logs.Contains($"Call {call.CallId}: dropping audio from the Candidate: TooFast"));
        await call.Candidate.InvokeAsync("UpdateRecordField", "postcode", "LS2 7EW");
        await call.Assessor.NextEventAsync("record-field");
    }

    [Fact]
    public async Task A_speaker_closing_the_page_mid_stream_leaves_the_call_without_an_error_logged()
    {
        await using var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 6);
        await call.JoinAllAsync();
        await call.RolePlayer.InvokeAsync("Ring");
        await call.Candidate.InvokeAsync("Answer");
        var logs = app.Logs.StartWindow();
        using var closing = new CancellationTokenSource();
        var speaking = call.Candidate.StreamAudioAsync(CallParticipants.Tone(500, 500), TimeSpan.FromMilliseconds(20), closing.Token);
        await call.RolePlayer.ReceiveAudioAsync("Candidate", 5);

        await call.Candidate.Connection.StopAsync(); // what closing the tab does: the connection ends, mid-stream
        closing.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => speaking);

        var left = await call.RolePlayer.NextEventAsync("left");
        Assert.Equal("Candidate", left.GetProperty("party").GetString());
        var errors = logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Message).ToList();
        Assert.DoesNotContain(errors, message => message.Contains("SendAudio", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_anonymous_connection_is_refused()
    {
        using var anonymous = app.CreatePageClient();
        // The client's negotiation is an XMLHttpRequest, so the cookie scheme answers 401 rather
        // than redirecting to the sign-in page; no connection is ever made.
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => CallClient.ConnectAsync(app, anonymous));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private async Task AssertRefusedAsync(Func<Task> call, string? expectedLog, string expectedMessage = "unauthorized")
    {
        var logs = app.Logs.StartWindow();
        var refused = await Assert.ThrowsAsync<HubException>(call);
        Assert.Contains(expectedMessage, refused.Message, StringComparison.Ordinal);
        if (expectedLog is not null) Assert.True(logs.Contains($"Refused {expectedLog} to user"), $"no log of the refused {expectedLog}");
    }

    private static System.Threading.Channels.ChannelReader<byte[]> OneFrame()
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<byte[]>();
        channel.Writer.TryWrite(new byte[160]);
        channel.Writer.Complete();
        return channel.Reader;
    }
}
