using IucRecruit.Core.Calls;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// The call hub stays thin (DESIGN.md §1): it checks the caller's role for each method, finds the
/// call this connection joined, and hands the message to that call's session. Every method names
/// its policy; what a role may do inside a call is the session's decision.
/// </summary>
[Authorize(Policy = HubPolicies.CallParticipant)]
public sealed class CallHub(CallSessions sessions, TimeProvider clock) : Hub
{
    public const string Path = "/hubs/call";
    private const string JoinedCall = "call";

    [Authorize(Policy = HubPolicies.CallParticipant)]
    public async Task<CallSnapshot> JoinCall(Guid callId)
    {
        var outcome = await sessions.WithSessionAsync(callId, s => s.JoinAsync(Context.ConnectionId, CallUser.From(Context.User!)))
            ?? new JoinOutcome(null, "There is no such call.");
        if (outcome.Refusal is not null) throw new HubException(outcome.Refusal);
        Context.Items[JoinedCall] = callId;
        return outcome.Snapshot!;
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

    /// <summary>Client-to-server stream of μ-law frames from the candidate or the role-player.</summary>
    [Authorize(Policy = HubPolicies.CallSpeaker)]
    public async Task SendAudio(IAsyncEnumerable<byte[]> frames)
    {
        var callId = JoinedCallId();
        var session = await sessions.GetAsync(callId);
        await foreach (var frame in frames)
        {
            var received = clock.GetTimestamp();
            while (session is not null && !session.OfferFrame(Context.ConnectionId, frame, received))
            {
                session = await sessions.GetAsync(callId);
            }
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(JoinedCall, out var value) && value is Guid callId &&
            await sessions.GetAsync(callId) is { } session)
        {
            session.Leave(Context.ConnectionId);
        }
        await base.OnDisconnectedAsync(exception);
    }

    private async Task RunAsync(CallCommand command)
    {
        var callId = JoinedCallId();
        var refusal = await sessions.WithSessionAsync(callId, async s => await s.CommandAsync(Context.ConnectionId, command) ?? "")
            ?? "There is no such call.";
        if (refusal.Length > 0) throw new HubException(refusal);
    }

    private static string? Blank(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;

    private Guid JoinedCallId() =>
        Context.Items.TryGetValue(JoinedCall, out var value) && value is Guid callId
            ? callId
            : throw new HubException("Join the call first.");
}
