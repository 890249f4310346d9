using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace IucRecruit.Calls.Bench;

/// <summary>
/// A call participant speaking SignalR's JSON protocol straight over a WebSocket (the protocol is
/// small: a handshake, invocations, completions, stream items, pings; records end with 0x1E). The
/// full .NET client would do the same work with more allocation, and the load generator shares
/// this machine's two cores with the server under test.
/// </summary>
internal sealed class SignalRParticipant(Tally tally) : WireConnection
{
    private const byte RecordSeparator = 0x1E;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> pending = new();
    private readonly TaskCompletionSource handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextInvocation;

    public async Task StartAsync(Uri hub, string cookies)
    {
        await ConnectAsync(hub, cookies);
        Send("""{"protocol":"json","version":1}""");
        await handshake.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Invokes a hub method and waits for its completion; throws with the server's error.</summary>
    public async Task InvokeAsync(string method, params object[] arguments)
    {
        var id = Interlocked.Increment(ref nextInvocation).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = done;
        Send(JsonSerializer.Serialize(new { type = 1, invocationId = id, target = method, arguments }));
        if (await done.Task.WaitAsync(TimeSpan.FromSeconds(60)) is { } error) throw new InvalidOperationException($"{method}: {error}");
    }

    /// <summary>Opens the client-to-server audio stream; then <see cref="SendFrame"/> adds to it.</summary>
    public void OpenAudioStream() => Send("""{"type":1,"target":"SendAudio","arguments":[],"streamIds":["audio"]}""");

    public void SendFrame(byte[] frame)
    {
        Send($$"""{"type":2,"invocationId":"audio","item":"{{Convert.ToBase64String(frame)}}"}""");
        tally.CountSent();
    }

    public void CloseAudioStream() => Send("""{"type":3,"invocationId":"audio"}""");

    /// <summary>The server drops a client it has not heard from for 30 s; a listener sends pings.</summary>
    public void Ping() => Send("""{"type":6}""");

    private void Send(string json)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(json) + 1];
        Encoding.UTF8.GetBytes(json, bytes);
        bytes[^1] = RecordSeparator;
        Enqueue(bytes, WebSocketMessageType.Text);
    }

    protected override void OnMessage(ReadOnlySpan<byte> message)
    {
        while (!message.IsEmpty)
        {
            var end = message.IndexOf(RecordSeparator);
            if (end < 0) return;
            Handle(message[..end]);
            message = message[(end + 1)..];
        }
    }

    private void Handle(ReadOnlySpan<byte> record)
    {
        if (!handshake.Task.IsCompleted)
        {
            handshake.TrySetResult();
            return;
        }
        var reader = new Utf8JsonReader(record);
        int type = 0;
        string? target = null, invocationId = null, error = null;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "type": type = reader.GetInt32(); break;
                case "target": target = reader.GetString(); break;
                case "invocationId": invocationId = reader.GetString(); break;
                case "error": error = reader.GetString(); break;
                case "arguments" when target == "audio":
                    reader.Read(); // the source
                    reader.Read(); // the frame, base64
                    tally.CountReceived(reader.GetBytesFromBase64());
                    return;
                default: reader.Skip(); break;
            }
        }
        if (type == 3 && invocationId is not null && pending.TryRemove(invocationId, out var done)) done.TrySetResult(error);
    }
}
