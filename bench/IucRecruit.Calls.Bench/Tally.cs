using IucRecruit.Web.Features.Calls;

namespace IucRecruit.Calls.Bench;

/// <summary>What the clients saw in one step: frames sent, frames each listener received, and how
/// old each was on arrival (end to end, through the server and both WebSocket hops).</summary>
internal sealed class Tally
{
    private long sent;
    private long received;

    public CallRelayMetrics EndToEnd { get; } = new();

    public long Sent => Interlocked.Read(ref sent);
    public long Received => Interlocked.Read(ref received);

    public void CountSent() => Interlocked.Increment(ref sent);

    public void CountReceived(ReadOnlySpan<byte> frame)
    {
        Interlocked.Increment(ref received);
        EndToEnd.RecordRelay(Frames.Age(frame));
    }
}
