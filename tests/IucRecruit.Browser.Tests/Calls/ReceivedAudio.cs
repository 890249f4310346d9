using System.Collections.Concurrent;
using IucRecruit.Testing;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Calls;

/// <summary>
/// Listens to the call hub's WebSocket in a page and measures the audio that arrives: each "audio"
/// message (MessagePack, as the call pages speak it) carries a 20 ms μ-law frame, decoded here and
/// judged by its energy, so a test can wait until a participant has actually heard sound from a
/// source, not merely received messages.
/// </summary>
internal sealed class ReceivedAudio
{
    /// <summary>RMS above which a frame counts as sound (speech sits in the thousands; silence at 0).</summary>
    private const double AudibleRms = 300;

    private readonly ConcurrentDictionary<string, int> audibleFrames = new();
    private readonly ConcurrentBag<(string Source, int Count, TaskCompletionSource Reached)> waiters = [];

    public ReceivedAudio(IPage page) => page.WebSocket += (_, socket) =>
    {
        var wire = new CallHubWire();
        socket.FrameReceived += (_, frame) =>
        {
            if (frame.Binary is { } bytes) Read(wire, bytes);
        };
    };

    public int Audible(string source) => audibleFrames.GetValueOrDefault(source);

    /// <summary>Completes once <paramref name="count"/> audible frames from <paramref name="source"/> have arrived.</summary>
    public Task HeardAsync(string source, int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Add((source, count, reached));
        if (Audible(source) >= count) reached.TrySetResult();
        return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private void Read(CallHubWire wire, byte[] received)
    {
        foreach (var message in wire.Decode(received).OfType<InvocationMessage>().Where(m => m.Target == "audio"))
        {
            var source = (string)message.Arguments[0]!;
            var frame = (byte[])message.Arguments[1]!;
            if (SignalLevel.Rms([frame]) < AudibleRms) continue;
            var total = audibleFrames.AddOrUpdate(source, 1, (_, n) => n + 1);
            foreach (var waiter in waiters.Where(w => w.Source == source && total >= w.Count)) waiter.Reached.TrySetResult();
        }
    }
}
