using IucRecruit.Core.Calls;
using Orleans.Concurrency;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// One live mock call (DESIGN.md §1, decision 0033), keyed by the call's id. Orleans runs one
/// activation of it in the whole cluster, one call at a time, so its state needs no locks.
/// </summary>
public interface ICallGrain : IGrainWithGuidKey
{
    /// <summary>Joins a connection to the call; <paramref name="node"/> is how the call reaches the
    /// node the connection is on. Returns the call as it is now, or why not.</summary>
    Task<JoinOutcome> Join(CallConnection connection, ICallListener node);

    Task Leave(string connectionId);

    /// <summary>Runs a participant's command; returns null when done, or why it was refused.</summary>
    Task<string?> Command(string connectionId, CallCommand command);

    /// <summary>The candidate's answer to the recording question, given on the call page before
    /// they join; returns null when recorded, or why not.</summary>
    Task<string?> AnswerRecordingQuestion(CallUser user, AnswerRecordingQuestion answer);

    /// <summary>A recruiting manager records that the candidate did not attend; returns null when
    /// recorded (with its funnel change, decision 0065), or why not.</summary>
    Task<string?> RecordNoShow(Guid managerUserId);

    /// <summary>An audio frame from a speaker; fire and forget, like the audio itself. The hub
    /// never touches a frame again once sent, so Orleans need not copy it on the call's own node.</summary>
    [OneWay]
    Task SendFrame(string connectionId, [Immutable] byte[] frame, long receivedTimestamp);

    /// <summary>A node says which of its connections are in the call (decision 0074): the call takes
    /// back those it does not know (it was reactivated elsewhere and lost its listeners). It never
    /// forgets anyone for a refresh that is late or missing: a connection leaves when its node says
    /// so (<see cref="Leave"/>) or when the cluster declares its node's silo dead. Returns the
    /// connections it will not take back (refused entry now), which the node stops offering.</summary>
    Task<string[]> KeepListening(ICallListener node, IReadOnlyList<CallConnection> connections);
}

/// <summary>One hub connection, the signed-in person behind it, and the silo of the web node that
/// holds it: when the cluster declares that silo dead, the connection is gone with it.</summary>
[GenerateSerializer, Immutable]
public sealed record CallConnection([property: Id(0)] string ConnectionId, [property: Id(1)] CallUser User, [property: Id(2)] SiloAddress Node);
