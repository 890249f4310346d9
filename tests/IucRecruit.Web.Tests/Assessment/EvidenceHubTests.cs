using System.Text.Json;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>Assessors' evidence through the real call hub: stamped by the server's call clock, and
/// sent to nobody but the assessor who noted it (blind scoring), after a reconnect too.</summary>
public sealed class EvidenceHubTests(LiveCallApp app) : IClassFixture<LiveCallApp>
{
    [Fact]
    public async Task Evidence_is_stamped_with_the_call_clock_and_seen_only_by_the_assessor_who_noted_it()
    {
        await using var call = await DoubleAssessedCall.StartAsync(app);
        await call.Participants.RolePlayer.InvokeAsync("Ring");
        await call.Participants.Candidate.InvokeAsync("Answer");
        await call.Participants.Assessor.NextEventAsync("answered");

        await call.Participants.Assessor.InvokeAsync("NoteEvidence", "Concern", "empathy", null, "Talks over her when she cries");
        var noted = await call.Participants.Assessor.NextEventAsync("evidence");
        await call.Second.InvokeAsync("NoteEvidence", "Strength", "accuracy", null, null);
        await call.Participants.Candidate.InvokeAsync("UpdateRecordField", "postcode", "LS6 3BJ");

        Assert.Equal("Talks over her when she cries", noted.GetProperty("text").GetString());
        Assert.Equal(call.FirstAssessorId, noted.GetProperty("assessorUserId").GetGuid());
        Assert.True(noted.GetProperty("callMs").GetInt64() > 0, "the mark is on the call clock, after the answer");
        // Each participant's events arrive in order: whatever came before their own next event is all they were sent.
        var secondSaw = await call.Second.EventsUntilAsync("evidence");
        Assert.Equal(call.SecondAssessorId, secondSaw[^1].GetProperty("assessorUserId").GetGuid());
        Assert.Single(secondSaw, e => Type(e) == "evidence");
        Assert.DoesNotContain(await call.Participants.Candidate.EventsUntilAsync("record-field"), e => Type(e) == "evidence");
        await call.Participants.RolePlayer.InvokeAsync("PlayClip", TestCallScenarios.ClipId);
        Assert.DoesNotContain(await call.Participants.RolePlayer.EventsUntilAsync("clip-played"), e => Type(e) == "evidence");
    }

    [Fact]
    public async Task After_a_reconnect_an_assessor_gets_back_their_own_evidence_and_nobody_elses()
    {
        await using var call = await DoubleAssessedCall.StartAsync(app);
        await call.Participants.RolePlayer.InvokeAsync("Ring");
        await call.Participants.Assessor.InvokeAsync("NoteEvidence", "Note", null, null, "Lets it ring four times");
        await call.Second.InvokeAsync("NoteEvidence", "CriticalFail", null, TestCallScenarios.CriticalFailId, "Missed it");

        await using var rejoined = await CallClient.ConnectAsync(app, await CallParticipants.StaffPageAsync(app, Roles.Assessor));
        var snapshot = await rejoined.JoinAsync(call.Participants.CallId);
        var candidateSnapshot = await call.Participants.Candidate.JoinAsync(call.Participants.CallId);

        var evidence = Assert.Single(snapshot.GetProperty("evidence").EnumerateArray());
        Assert.Equal(("Note", "Lets it ring four times", 0L),
            (evidence.GetProperty("kind").GetString(), evidence.GetProperty("text").GetString(), evidence.GetProperty("callMs").GetInt64()));
        Assert.Equal(JsonValueKind.Null, candidateSnapshot.GetProperty("evidence").ValueKind);
    }

    [Fact]
    public async Task Only_assessors_note_evidence_and_only_about_the_scenarios_rubric()
    {
        await using var call = await DoubleAssessedCall.StartAsync(app);
        await call.Participants.RolePlayer.InvokeAsync("Ring");
        var logs = app.Logs.StartWindow();

        var candidate = await Assert.ThrowsAsync<HubException>(() => call.Participants.Candidate.InvokeAsync("NoteEvidence", "Note", null, null, "I did well"));
        var rolePlayer = await Assert.ThrowsAsync<HubException>(() => call.Participants.RolePlayer.InvokeAsync("NoteEvidence", "Note", null, null, "Good"));
        var unknownCriterion = await Assert.ThrowsAsync<HubException>(() => call.Participants.Assessor.InvokeAsync("NoteEvidence", "Strength", "charm", null, null));
        var unknownKind = await Assert.ThrowsAsync<HubException>(() => call.Participants.Assessor.InvokeAsync("NoteEvidence", "Score", "empathy", null, null));

        Assert.Contains("unauthorized", candidate.Message, StringComparison.Ordinal);
        Assert.Contains("unauthorized", rolePlayer.Message, StringComparison.Ordinal);
        Assert.True(logs.Contains("Refused CallHub.NoteEvidence to user"));
        Assert.Contains("The rubric has no criterion 'charm'.", unknownCriterion.Message, StringComparison.Ordinal);
        Assert.Contains("'Score' is not a kind of evidence.", unknownKind.Message, StringComparison.Ordinal);
    }

    private static string? Type(JsonElement e) => e.GetProperty("type").GetString();
}
