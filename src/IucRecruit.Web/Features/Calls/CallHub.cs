using System.Text.Json;
using IucRecruit.Core.Calls;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// The call hub stays thin (DESIGN.md §1): it checks the caller's role for each method, finds the
/// call this connection joined, and calls that call's grain. Every method names its policy; what
/// a role may do inside a call is the grain's decision. How often a connection may send each kind
/// of command is the <see cref="HubCommandLimiter"/>'s: a refusal there never reaches the grain.
/// </summary>
[Authorize(Policy = HubPolicies.CallParticipant)]
public sealed class CallHub(IGrainFactory grains, CallNode node, HubCommandLimiter limiter, TimeProvider clock) : Hub
{
    public const string Path = "/hubs/call";

    /// <summary>Joins the call; returns the call as it is now (a <see cref="CallSnapshot"/> as JSON text, <see cref="CallJson"/>).</summary>
    [Authorize(Policy = HubPolicies.CallParticipant)]
    public async Task<string> JoinCall(Guid callId)
    {
        Limit(HubCommandLimiter.Kind.Join);
        var outcome = await node.JoinAsync(callId, Context.ConnectionId, CallUser.From(Context.User!));
        return JsonSerializer.Serialize(outcome.Snapshot ?? throw new HubException(outcome.Refusal), CallJson.Options);
    }

    [Authorize(Policy = HubPolicies.CallRolePlayer)]
    public Task Ring() => RunAsync(HubCommandLimiter.Kind.Control, new Ring());

    [Authorize(Policy = HubPolicies.CallCandidate)]
    public Task Answer() => RunAsync(HubCommandLimiter.Kind.Control, new Answer());

    [Authorize(Policy = HubPolicies.CallRolePlayer)]
    public Task PlayClip(string clipId) => RunAsync(HubCommandLimiter.Kind.Clip, new PlayClip(clipId));

    [Authorize(Policy = HubPolicies.CallSpeaker)]
    public Task SetMuted(bool muted) => RunAsync(HubCommandLimiter.Kind.Control, new SetMuted(muted));

    [Authorize(Policy = HubPolicies.CallCandidate)]
    public Task UpdateRecordField(string fieldId, string value) =>
        RunAsync(HubCommandLimiter.Kind.RecordField, new UpdateRecordField(fieldId, value), value?.Length ?? 0);

    [Authorize(Policy = HubPolicies.CallSpeaker)]
    public Task EndCall() => RunAsync(HubCommandLimiter.Kind.Control, new EndCall());

    /// <summary>An assessor's mark, note or critical-fail flag; the call stamps it with its clock.</summary>
    /// <param name="kind">Strength, Concern, Note or CriticalFail.</param>
    [Authorize(Policy = HubPolicies.CallAssessor)]
    public Task NoteEvidence(string kind, string? criterionId, string? criticalFailId, string? text) =>
        Enum.TryParse<EvidenceKind>(kind, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? RunAsync(HubCommandLimiter.Kind.Evidence, new NoteEvidence(CallUser.From(Context.User!).UserId, parsed, Blank(criterionId), Blank(criticalFailId), text))
            : throw new HubException($"'{kind}' is not a kind of evidence.");

    /// <summary>Client-to-server stream of μ-law frames from the candidate or the role-player.
    /// A participant closing the page ends the stream by closing the connection: that is the
    /// normal end of it, not an error.</summary>
    [Authorize(Policy = HubPolicies.CallSpeaker)]
    public async Task SendAudio(IAsyncEnumerable<byte[]> frames)
    {
        var call = grains.GetGrain<ICallGrain>(JoinedCallId());
        try
        {
            await foreach (var frame in frames.WithCancellation(Context.ConnectionAborted))
            {
                await call.SendFrame(Context.ConnectionId, frame, clock.GetTimestamp());
            }
        }
        catch (OperationCanceledException) when (Context.ConnectionAborted.IsCancellationRequested)
        {
            // The connection closed while streaming.
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        limiter.Forget(Context.ConnectionId);
        // Never throws: a call that cannot be told now is told in the node's next rounds.
        await node.LeaveAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private async Task RunAsync(HubCommandLimiter.Kind kind, CallCommand command, int recordCharacters = 0)
    {
        Limit(kind, recordCharacters);
        var refusal = await grains.GetGrain<ICallGrain>(JoinedCallId()).Command(Context.ConnectionId, command);
        if (refusal is not null) throw new HubException(refusal);
    }

    private void Limit(HubCommandLimiter.Kind kind, int recordCharacters = 0)
    {
        if (limiter.Refusal(Context.ConnectionId, kind, recordCharacters) is { } refusal) throw new HubException(refusal);
    }

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;

    private Guid JoinedCallId() => node.CallOf(Context.ConnectionId) ?? throw new HubException("Join the call first.");
}
