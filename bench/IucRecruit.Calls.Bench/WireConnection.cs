using System.Net.WebSockets;
using System.Threading.Channels;

namespace IucRecruit.Calls.Bench;

/// <summary>
/// A WebSocket with one sender loop (a WebSocket takes one send at a time) and one receiver loop,
/// for the benchmark's many simulated participants. Subclasses say what a message is.
/// </summary>
internal abstract class WireConnection : IAsyncDisposable
{
    private readonly Channel<(ReadOnlyMemory<byte> Bytes, WebSocketMessageType Type)> outgoing =
        Channel.CreateUnbounded<(ReadOnlyMemory<byte>, WebSocketMessageType)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource closing = new();
    private Task loops = Task.CompletedTask;

    protected ClientWebSocket Socket { get; } = new();

    public async Task ConnectAsync(Uri uri, string? cookies)
    {
        if (cookies is { Length: > 0 }) Socket.Options.SetRequestHeader("Cookie", cookies);
        await Socket.ConnectAsync(uri, closing.Token);
        loops = Task.WhenAll(SendLoopAsync(), ReceiveLoopAsync());
    }

    protected void Enqueue(ReadOnlyMemory<byte> bytes, WebSocketMessageType type) => outgoing.Writer.TryWrite((bytes, type));

    /// <summary>Called with each complete WebSocket message received (valid only during the call).</summary>
    protected abstract void OnMessage(ReadOnlyMemory<byte> message);

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var (bytes, type) in outgoing.Reader.ReadAllAsync(closing.Token))
                await Socket.SendAsync(bytes, type, endOfMessage: true, closing.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closing, or the server went away: the step's tally shows what was lost.
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var result = await Socket.ReceiveAsync(buffer.AsMemory(filled), closing.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                filled += result.Count;
                if (!result.EndOfMessage) continue;
                OnMessage(buffer.AsMemory(0, filled));
                filled = 0;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // As above.
        }
    }

    public async ValueTask DisposeAsync()
    {
        outgoing.Writer.TryComplete();
        await closing.CancelAsync();
        await loops;
        Socket.Dispose();
        closing.Dispose();
    }
}
