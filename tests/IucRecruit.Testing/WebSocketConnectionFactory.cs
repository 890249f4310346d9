using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace IucRecruit.Testing;

/// <summary>
/// Connects the SignalR client (Microsoft.AspNetCore.SignalR.Client.Core; the full client cannot
/// be restored here, PLATFORM.md) straight over a WebSocket, skipping negotiation. The WebSocket
/// comes from a delegate, so the same factory serves TestServer's in-memory WebSocket client and
/// a real <see cref="ClientWebSocket"/> against Kestrel.
/// </summary>
public sealed class WebSocketConnectionFactory(Func<Uri, CancellationToken, Task<WebSocket>> connect) : IConnectionFactory
{
    public async ValueTask<ConnectionContext> ConnectAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        var uri = ((UriEndPoint)endpoint).Uri;
        var socket = await connect(uri, cancellationToken);
        return new WebSocketConnection(socket);
    }

    /// <summary>A real WebSocket to Kestrel carrying the given cookies (the sign-in).</summary>
    public static WebSocketConnectionFactory ForKestrel(Func<string?> cookieHeader) => new(async (uri, token) =>
    {
        var socket = new ClientWebSocket();
        if (cookieHeader() is { Length: > 0 } cookies) socket.Options.SetRequestHeader("Cookie", cookies);
        await socket.ConnectAsync(uri, token);
        return socket;
    });

    private sealed class WebSocketConnection : ConnectionContext
    {
        private readonly WebSocket socket;
        private readonly CancellationTokenSource closing = new();
        private readonly Task receiving;
        private readonly Task sending;

        public WebSocketConnection(WebSocket socket)
        {
            this.socket = socket;
            var toApp = new Pipe();
            var fromApp = new Pipe();
            Transport = new DuplexPipe(toApp.Reader, fromApp.Writer);
            receiving = ReceiveAsync(toApp.Writer);
            sending = SendAsync(fromApp.Reader);
        }

        public override string ConnectionId { get; set; } = Guid.NewGuid().ToString("N");
        public override IFeatureCollection Features { get; } = new FeatureCollection();
        public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();
        public override IDuplexPipe Transport { get; set; }

        public override async ValueTask DisposeAsync()
        {
            await closing.CancelAsync();
            try
            {
                if (socket.State == WebSocketState.Open)
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The server is already gone; nothing to close.
            }
            await Task.WhenAll(receiving, sending).ContinueWith(_ => { }, TaskScheduler.Default);
            socket.Dispose();
            closing.Dispose();
            await base.DisposeAsync();
        }

        private async Task ReceiveAsync(PipeWriter app)
        {
            try
            {
                while (!closing.IsCancellationRequested)
                {
                    var memory = app.GetMemory(4096);
                    var result = await socket.ReceiveAsync(memory, closing.Token);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    app.Advance(result.Count);
                    if ((await app.FlushAsync()).IsCompleted) break;
                }
                await app.CompleteAsync();
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                await app.CompleteAsync(ex is OperationCanceledException ? null : ex);
            }
        }

        private async Task SendAsync(PipeReader app)
        {
            try
            {
                while (true)
                {
                    var result = await app.ReadAsync(closing.Token);
                    foreach (var segment in result.Buffer)
                        await socket.SendAsync(segment, WebSocketMessageType.Text, endOfMessage: true, closing.Token);
                    app.AdvanceTo(result.Buffer.End);
                    if (result.IsCompleted) break;
                }
                await app.CompleteAsync();
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                await app.CompleteAsync();
            }
        }
    }

    private sealed record DuplexPipe(PipeReader Input, PipeWriter Output) : IDuplexPipe;
}
