using System.Collections.Concurrent;
using System.Text.Json;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Calls;

/// <summary>
/// Listens to the call hub's WebSocket in a page and measures the audio that arrives: each "audio"
/// message carries a 20 ms μ-law frame, decoded here and judged by its energy, so a test can wait
/// until a participant has actually heard sound from a source, not merely received messages.
/// </summary>
internal sealed class ReceivedAudio
{
    /// <summary>RMS above which a frame counts as sound (speech sits in the thousands; silence at 0).</summary>
    private const double AudibleRms = 300;

    private readonly ConcurrentDictionary<string, int> audibleFrames = new();
    private readonly ConcurrentBag<(string Source, int Count, TaskCompletionSource Reached)> waiters = [];

    public ReceivedAudio(IPage page) => page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => Read(frame.Text);

    public int Audible(string source) => audibleFrames.GetValueOrDefault(source);

    /// <summary>Completes once <paramref name="count"/> audible frames from <paramref name="source"/> have arrived.</summary>
    public Task HeardAsync(string source, int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Add((source, count, reached));
        if (Audible(source) >= count) reached.TrySetResult();
        return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private void Read(string? text)
    {
        if (text is null) return;
        foreach (var message in text.Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(message);
            if (!json.RootElement.TryGetProperty("target", out var target) || target.GetString() != "audio") continue;
            var arguments = json.RootElement.GetProperty("arguments");
            var source = arguments[0].GetString()!;
            var frame = arguments[1].GetBytesFromBase64();
            if (SignalLevel.Rms([frame]) < AudibleRms) continue;
            var total = audibleFrames.AddOrUpdate(source, 1, (_, n) => n + 1);
            foreach (var waiter in waiters.Where(w => w.Source == source && total >= w.Count)) waiter.Reached.TrySetResult();
        }
    }
}
