using Orleans.Concurrency;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// One per web node (decision 0034): how a call grain, wherever it runs, reaches the participants
/// connected to this node. Its methods are one-way, so a slow or dead node never holds a call up.
/// </summary>
public interface ICallListener : IGrainObserver
{
    /// <summary>The arrays are never changed once sent, so Orleans need not copy them for a
    /// listener on the call's own node.</summary>
    [OneWay]
    Task Audio([Immutable] string[] connectionIds, string source, [Immutable] byte[] frame);

    /// <summary>A call event as the JSON text its participants are sent (<see cref="CallJson"/>).</summary>
    [OneWay]
    Task CallEvent([Immutable] string[] connectionIds, string callEventJson);
}
