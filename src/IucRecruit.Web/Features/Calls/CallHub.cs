using IucRecruit.Core.Calls;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// The call hub stays thin (DESIGN.md §1): it checks the caller's role for each method, finds the
/// call this connection joined, and calls that call's grain. Every method names its policy; what
/// a role may do inside a call is the grain's decision.
/// </summary>
[Authorize(Policy = HubPolicies.CallParticipant)]
public sealed partial class CallHub(IGrainFactory grains, CallNode node, TimeProvider clock, ILogger<CallHub> log) : Hub
{
    public const string Path = "/hubs/call";

    [Authorize(Policy = HubPolicies.CallParticipant)]
    public async Task<CallSnapshot> JoinCall(Guid callId)
    {
        var outcome = await node.JoinAsync(callId, Context.ConnectionId, CallUser.From(Context.User!));
        return outcome.Snapshot ?? throw new HubException(outcome.Refusal);
    }

    [Authorize(Policy = HubPolicies.CallRolePlayer)]
    public Task Ring() => RunAsync(new Ring());

    [Authorize(Policy = HubPolicies.CallCandidate)]
    public Task Answer() => RunAsync(new Answer());

    [Authorize(Policy = HubPolicies.CallRolePlayer)]
    public Task PlayClip(string clipId) => RunAsync(new PlayClip(clipId));

    [Authorize(Policy = HubPolicies.CallSpeaker)]
    public Task SetMuted(bool muted) => RunAsync(new SetMuted(muted));

    [Authorize(Policy = HubPolicies.CallCandidate)]
    public Task UpdateRecordField(string fieldId, string value) => RunAsync(new UpdateRecordField(fieldId, value));

    [Authorize(Policy = HubPolicies.CallSpeaker)]
    public Task EndCall() => RunAsync(new EndCall());

    /// <summary>An assessor's mark, note or critical-fail flag; the call stamps it with its clock.</summary>
    /// <param name="kind">Strength, Concern, Note or CriticalFail.</param>
    [Authorize(Policy = HubPolicies.CallAssessor)]
    public Task NoteEvidence(string kind, string? criterionId, string? criticalFailId, string? text) =>
        Enum.TryParse<EvidenceKind>(kind, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? RunAsync(new NoteEvidence(CallUser.From(Context.User!).UserId, parsed, Blank(criterionId), Blank(criticalFailId), text))
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
        try
        {
            await node.LeaveAsync(Context.ConnectionId);
        }
        catch (Exception ex)
        {
            // The call's node may be going too; the call forgets the connection when its refresh stops.
            LogLeaveFailed(log, ex, Context.ConnectionId);
        }
        await base.OnDisconnectedAsync(exception);
    }

    private async Task RunAsync(CallCommand command)
    {
        var refusal = await grains.GetGrain<ICallGrain>(JoinedCallId()).Command(Context.ConnectionId, command);
        if (refusal is not null) throw new HubException(refusal);
    }

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;

    private Guid JoinedCallId() => node.CallOf(Context.ConnectionId) ?? throw new HubException("Join the call first.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} could not leave its call")]
    private static partial void LogLeaveFailed(ILogger logger, Exception exception, string connectionId);
}
