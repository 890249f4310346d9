using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using IucRecruit.Web.Features.Calls;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace IucRecruit.Testing;

/// <summary>
/// One participant's real SignalR connection to the call hub, signed in with a page client's
/// cookies. Collects the events and audio the server sends, so tests can wait for them. It speaks
/// SignalR's JSON protocol, which the hub keeps for clients other than the call pages (these speak
/// MessagePack, decision 0077): the browser tests cover that one.
/// </summary>
public sealed class CallClient : IAsyncDisposable
{
    private readonly Channel<JsonElement> events = Channel.CreateUnbounded<JsonElement>();
    // One queue per source, so that listeners waiting for different sources of one client at the
    // same time each get their own frames and none throws away another's.
    private readonly ConcurrentDictionary<string, Channel<byte[]>> audio = new();
    private readonly Channel<JsonElement> rejoined = Channel.CreateUnbounded<JsonElement>();
    private Guid? joinedCall;

    private CallClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<string>("callEvent", e => events.Writer.TryWrite(JsonElement.Parse(e)));
        connection.On<string, byte[]>("audio", (source, frame) => AudioFrom(source).Writer.TryWrite(frame));
        connection.Reconnected += async _ =>
        {
            if (joinedCall is { } callId) rejoined.Writer.TryWrite(await JoinAsync(callId));
        };
    }

    public HubConnection Connection { get; }

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>Connects through the in-memory test server: negotiation over its HTTP handler,
    /// then its in-memory WebSocket.</summary>
    public static Task<CallClient> ConnectAsync(RecruitmentApp app, PageClient signedIn, bool reconnect = false) =>
        ConnectAsync(new Uri("http://localhost" + CallHub.Path), signedIn, reconnect, options =>
        {
            options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            options.WebSocketFactory = async (context, token) =>
            {
                var client = app.Server.CreateWebSocketClient();
                client.ConfigureRequest = request => request.Headers.Cookie = signedIn.CookieHeader();
                return await client.ConnectAsync(context.Uri, token);
            };
        });

    /// <summary>Connects over a real WebSocket to a server listening at <paramref name="baseAddress"/>.</summary>
    public static Task<CallClient> ConnectAsync(Uri baseAddress, PageClient signedIn, bool reconnect = false) =>
        ConnectAsync(new Uri(baseAddress, CallHub.Path), signedIn, reconnect, _ => { });

    /// <summary>Connects over a real WebSocket to the first of <paramref name="nodes"/> that answers,
    /// and reconnects the same way: what the load balancer in front of a cluster does for a page.</summary>
    public static Task<CallClient> ConnectAsync(IReadOnlyList<Uri> nodes, PageClient signedIn) =>
        ConnectAsync(new Uri(nodes[0], CallHub.Path), signedIn, reconnect: true, options =>
        {
            options.SkipNegotiation = true;
            options.WebSocketFactory = async (context, token) =>
            {
                foreach (var node in nodes)
                {
                    var socket = new ClientWebSocket();
                    socket.Options.SetRequestHeader("Cookie", signedIn.CookieHeader());
                    try
                    {
                        await socket.ConnectAsync(new UriBuilder(context.Uri) { Host = node.Host, Port = node.Port }.Uri, token);
                        return socket;
                    }
                    catch (WebSocketException)
                    {
                        socket.Dispose(); // that node is down: the next
                    }
                }
                throw new WebSocketException("No node of the cluster answered.");
            };
        });

    private static async Task<CallClient> ConnectAsync(Uri hub, PageClient signedIn, bool reconnect, Action<HttpConnectionOptions> transport)
    {
        var builder = new HubConnectionBuilder().WithUrl(hub, options =>
        {
            // WebSockets only, as the call pages use: audio frames must not fall back to long polling.
            options.Transports = HttpTransportType.WebSockets;
            if (signedIn.CookieHeader() is { Length: > 0 } cookies) options.Headers["Cookie"] = cookies;
            transport(options);
        });
        if (reconnect) builder.WithAutomaticReconnect(new LikeTheCallPages());
        var client = new CallClient(builder.Build());
        using var timeout = new CancellationTokenSource(Patience);
        await client.Connection.StartAsync(timeout.Token);
        return client;
    }

    public async Task<JsonElement> JoinAsync(Guid callId)
    {
        joinedCall = callId;
        return JsonElement.Parse(await Connection.InvokeAsync<string>("JoinCall", callId));
    }

    /// <summary>Snapshots received by re-joining after a reconnect, as the call pages do.</summary>
    public ChannelReader<JsonElement> Rejoined => rejoined.Reader;

    public Task InvokeAsync(string method, params object?[] args) => Connection.InvokeCoreAsync(method, args);

    /// <summary>Streams frames to the hub, one every <paramref name="interval"/> (none: as fast as possible).</summary>
    public async Task StreamAudioAsync(IEnumerable<byte[]> frames, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<byte[]>(64);
        await Connection.SendAsync("SendAudio", channel.Reader, cancellationToken);
        try
        {
            using var timer = interval is { } every ? new PeriodicTimer(every) : null;
            foreach (var frame in frames)
            {
                if (timer is not null && !await timer.WaitForNextTickAsync(cancellationToken)) break;
                await channel.Writer.WriteAsync(frame, cancellationToken);
            }
        }
        finally
        {
            channel.Writer.TryComplete();
        }
    }

    /// <summary>Waits for the next event of <paramref name="type"/> (skipping others) that matches.</summary>
    public async Task<JsonElement> NextEventAsync(string type, Func<JsonElement, bool>? matches = null) =>
        (await EventsUntilAsync(type, matches))[^1];

    /// <summary>Every event received up to and including the next one of <paramref name="type"/>
    /// that matches: what a participant was sent before it, in order.</summary>
    public async Task<IReadOnlyList<JsonElement>> EventsUntilAsync(string type, Func<JsonElement, bool>? matches = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var received = new List<JsonElement>();
        while (true)
        {
            var e = await events.Reader.ReadAsync(timeout.Token);
            received.Add(e);
            if (e.GetProperty("type").GetString() == type && (matches?.Invoke(e) ?? true)) return received;
        }
    }

    /// <summary>Collects audio frames from <paramref name="source"/> until <paramref name="count"/> have arrived.</summary>
    public async Task<List<byte[]>> ReceiveAudioAsync(string source, int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var frames = new List<byte[]>();
        var from = AudioFrom(source).Reader;
        while (frames.Count < count) frames.Add(await from.ReadAsync(timeout.Token));
        return frames;
    }

    /// <summary>Throws away the audio received so far and not yet taken, from every source.</summary>
    public void DiscardAudio()
    {
        foreach (var source in audio.Values)
        {
            while (source.Reader.TryRead(out _)) { }
        }
    }

    private Channel<byte[]> AudioFrom(string source) => audio.GetOrAdd(source, _ => Channel.CreateUnbounded<byte[]>());

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    /// <summary>Reconnects as call-connection.js does: for two minutes, backing off up to five
    /// seconds between tries (a restarted server takes a while to listen again).</summary>
    private sealed class LikeTheCallPages : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) => retryContext.ElapsedTime > TimeSpan.FromMinutes(2)
            ? null
            : TimeSpan.FromMilliseconds(Math.Min(5000, 250 * Math.Pow(2, retryContext.PreviousRetryCount)));
    }
}
