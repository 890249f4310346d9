using System.Collections.Concurrent;
using System.Net.WebSockets;
using IucRecruit.Testing;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace IucRecruit.Calls.Bench;

/// <summary>
/// A call participant speaking SignalR's MessagePack protocol, as the call pages do (decision
/// 0077), straight over a WebSocket with SignalR's own protocol code (<see cref="CallHubWire"/>).
/// The full .NET client would do the same work with more allocation, and the load generator
/// shares this machine's two cores with the server under test.
/// </summary>
internal sealed class SignalRParticipant(Tally tally) : WireConnection
{
    private const string AudioStream = "audio";
    private static readonly ReadOnlyMemory<byte> OpenStream = CallHubWire.Encode(new InvocationMessage(null, "SendAudio", [], [AudioStream]));
    private static readonly ReadOnlyMemory<byte> CloseStream = CallHubWire.Encode(CompletionMessage.Empty(AudioStream));
    private static readonly ReadOnlyMemory<byte> KeepAlive = CallHubWire.Encode(PingMessage.Instance);
    private readonly CallHubWire wire = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> pending = new();
    private readonly TaskCompletionSource handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextInvocation;

    public async Task StartAsync(Uri hub, string cookies)
    {
        await ConnectAsync(hub, cookies);
        Enqueue(CallHubWire.Handshake, WebSocketMessageType.Binary);
        await handshake.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Invokes a hub method (a Guid travels as its text) and waits for its completion;
    /// throws with the server's error.</summary>
    public async Task InvokeAsync(string method, params object[] arguments)
    {
        var id = Interlocked.Increment(ref nextInvocation).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = done;
        Enqueue(CallHubWire.Encode(new InvocationMessage(id, method, arguments.Select(a => (object?)a.ToString()).ToArray())), WebSocketMessageType.Binary);
        if (await done.Task.WaitAsync(TimeSpan.FromSeconds(60)) is { } error) throw new InvalidOperationException($"{method}: {error}");
    }

    /// <summary>Opens the client-to-server audio stream; then <see cref="SendFrame"/> adds to it.</summary>
    public void OpenAudioStream() => Enqueue(OpenStream, WebSocketMessageType.Binary);

    public void SendFrame(byte[] frame)
    {
        Enqueue(CallHubWire.Encode(new StreamItemMessage(AudioStream, frame)), WebSocketMessageType.Binary);
        tally.CountSent();
    }

    public void CloseAudioStream() => Enqueue(CloseStream, WebSocketMessageType.Binary);

    /// <summary>The server drops a client it has not heard from for 30 s; a listener sends pings.</summary>
    public void Ping() => Enqueue(KeepAlive, WebSocketMessageType.Binary);

    protected override void OnMessage(ReadOnlyMemory<byte> message)
    {
        foreach (var received in wire.Decode(message))
        {
            switch (received)
            {
                case InvocationMessage { Target: "audio" } audio:
                    tally.CountReceived((byte[])audio.Arguments[1]!);
                    break;
                case CompletionMessage completion when pending.TryRemove(completion.InvocationId!, out var done):
                    done.TrySetResult(completion.Error);
                    break;
            }
        }
        if (wire.HandshakeAnswered) handshake.TrySetResult();
    }
}
