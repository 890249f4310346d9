using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace IucRecruit.Testing;

/// <summary>
/// A real SMTP server on a loopback port (the SmtpServer package), in the test process: the product
/// sends to it over TCP with its own SMTP client, and tests read the messages exactly as they
/// arrived, parsed by MimeKit. <see cref="Port"/> is chosen free at construction; the server listens
/// only after <see cref="Start"/>, so a test can first see the product meet a mail server that is down.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> received = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly CancellationTokenSource stop = new();
    private Task? running;

    public LoopbackSmtpServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => received.ToList();

    /// <summary>The app's settings that send its messages here, by its background worker.</summary>
    public IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["Messages:SendInBackground"] = "true",
        ["Messages:PollInterval"] = "00:00:00.2",
        ["Messages:PublicBaseUrl"] = "http://recruit.example",
        ["Messages:Smtp:Host"] = "127.0.0.1",
        ["Messages:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messages:Smtp:Security"] = "None",
    };

    /// <summary>Waits for <paramref name="count"/> messages to <paramref name="to"/> and returns them in order of arrival.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string to, int count, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(30));
        while (For(to).Count < count)
        {
            try
            {
                await arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{For(to).Count} message(s) to {to} arrived at the SMTP server, not {count}.");
            }
        }
        return For(to);
    }

    private List<MimeMessage> For(string to) =>
        received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
    }

    /// <summary>Waits until <paramref name="count"/> messages in all have arrived (at most
    /// <paramref name="within"/>, 30 s by default) and returns them all.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(30));
        while (received.Count < count)
        {
            try
            {
                await arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{received.Count} message(s) arrived at the SMTP server, not {count}.");
            }
        }
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (running is not null)
        {
            try { await running; } catch (OperationCanceledException) { }
        }
        stop.Dispose();
    }

    private sealed class Store(LoopbackSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            server.received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            server.arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
