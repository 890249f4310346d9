using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Threading.Channels;
using IucRecruit.Audio.Telephony;
using IucRecruit.Audio.Wav;
using IucRecruit.Web.Features.Calls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IucRecruit.Calls.Bench;

/// <summary>
/// The floor: the least a relay can do for the same calls. Raw WebSockets, binary frames, no
/// protocol, no authentication, no log; it still decodes each frame into the call's two-channel
/// recording (flushed every second) and forwards it to the same listeners.
/// </summary>
internal static class FloorRelay
{
    public static async Task RunAsync(int port, string dataFolder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        var metrics = new CallRelayMetrics();
        var calls = new ConcurrentDictionary<int, Call>();
        Directory.CreateDirectory(dataFolder);

        app.MapGet("/stats", () => Results.Json(metrics.Read()));
        app.Map("/relay/{call:int}/{role}", async (HttpContext context, int call, string role) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var state = calls.GetOrAdd(call, id => new Call(Path.Combine(dataFolder, $"floor-{id}-{Guid.NewGuid():N}.wav")));
            var listener = new Listener(socket, role);
            state.Listeners.Add(listener);
            var sending = listener.SendLoopAsync();
            var buffer = new byte[Frames.Size];
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    var received = Stopwatch.GetTimestamp();
                    if (result.Count != Frames.Size) { metrics.RecordDrop(); continue; }
                    state.Record(role, buffer);
                    foreach (var other in state.Listeners)
                    {
                        if (Hears(other.Role, role)) other.Enqueue((byte[])buffer.Clone());
                    }
                    metrics.RecordRelay(Stopwatch.GetElapsedTime(received));
                }
            }
            catch (WebSocketException)
            {
                // The client went away.
            }
            listener.Complete();
            await sending;
        });
        await app.RunAsync();
    }

    /// <summary>The same rule as the product: the candidate hears the caller, the role-player the
    /// candidate, the assessor both.</summary>
    private static bool Hears(string listener, string speaker) =>
        listener != speaker && (listener == "assessor" || speaker != "assessor");

    private sealed class Call(string path)
    {
        private readonly WavWriter writer = WavWriter.Create(path, 8000, 2);
        private readonly short[] pcm = new short[Frames.Size];
        private readonly short[] stereo = new short[Frames.Size * 2];
        private long framesAtFlush;

        public ConcurrentBag<Listener> Listeners { get; } = [];

        public void Record(string role, byte[] frame)
        {
            lock (writer)
            {
                MuLaw.Decode(frame, pcm);
                var channel = role == "candidate" ? 1 : 0;
                Array.Clear(stereo);
                for (var i = 0; i < pcm.Length; i++) stereo[2 * i + channel] = pcm[i];
                writer.Write(stereo);
                if (writer.FramesWritten - framesAtFlush < 8000) return;
                writer.Flush();
                framesAtFlush = writer.FramesWritten;
            }
        }
    }

    private sealed class Listener(WebSocket socket, string role)
    {
        private readonly Channel<byte[]> queue = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

        public string Role { get; } = role;

        public void Enqueue(byte[] frame) => queue.Writer.TryWrite(frame);

        public void Complete() => queue.Writer.TryComplete();

        public async Task SendLoopAsync()
        {
            try
            {
                await foreach (var frame in queue.Reader.ReadAllAsync())
                    await socket.SendAsync(frame, WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The client went away.
            }
        }
    }
}

/// <summary>A participant of the floor relay: binary frames in and out.</summary>
internal sealed class FloorParticipant(Tally tally) : WireConnection
{
    public void SendFrame(byte[] frame)
    {
        Enqueue(frame, WebSocketMessageType.Binary);
        tally.CountSent();
    }

    protected override void OnMessage(ReadOnlyMemory<byte> message)
    {
        if (message.Length == Frames.Size) tally.CountReceived(message.Span);
    }
}
