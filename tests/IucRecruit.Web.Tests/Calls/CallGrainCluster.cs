using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using System.Threading.Channels;
using IucRecruit.Core.Calls;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>
/// The call grain in Orleans' own test cluster (Orleans.TestingHost): in-process silos set up for
/// call grains as a web node's is (<see cref="CallSilo.AddCallGrains"/>, the same failure
/// detection), on a SQLite database of their own whose connections a test can cut
/// (<see cref="Outage"/>). The cluster's client plays the web nodes: its <see cref="TestNode"/>
/// is the listener the grain pushes to, and the test joins and refreshes connections as
/// <see cref="CallNode"/> does, each connection naming the silo its web node would host (a test
/// silo, so that killing it is the node dying). No web app and no hub: what is tested is the
/// grain in Orleans.
/// </summary>
public class CallGrainCluster : IAsyncLifetime
{
    /// <summary>Short, so that Orleans' idle collection can be watched; the product's minimum.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(2);

    public TestDatabase Database { get; } = TestDatabase.Sqlite();

    public TestClock Clock { get; } = new(running: true);

    public DatabaseOutage Outage { get; } = new();

    /// <summary>What every silo logged.</summary>
    public TestLogs Logs { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public TestNode Node { get; private set; } = null!;

    protected virtual short Silos => 1;

    public async Task InitializeAsync()
    {
        await using (var db = Database.CreateContext()) await db.MigrateAsync(Database.Options);
        var recordings = new RecordingStorage(Path.Combine(Database.Options.DataFolder, "recordings"));
        var builder = new InProcessTestClusterBuilder(Silos);
        // TestingHost would otherwise write a logs/ folder into the working directory.
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSiloHost((_, host) => host.Logging.AddProvider(Logs));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddCallGrains(new CallOptions { IdleTimeout = IdleTimeout }).DetectFailuresQuickly();
            var services = silo.Services;
            services.Configure<CallOptions>(options => options.IdleTimeout = IdleTimeout);
            services.AddDbContextFactory<RecruitmentDbContext>(options => options.UseConfiguredProvider(Database.Options).AddInterceptors(Outage));
            services.AddSingleton<CallEventStore>();
            // What a call shows of attendance goes into the stage log with the call's own entry (decision 0065).
            services.AddRecruitmentFunnel(new ConfigurationBuilder().Build());
            services.AddSingleton<ICallScenarios>(new TestCallScenarios(new NoLibrary()));
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(_ => new CallRelayMetrics());
            services.AddSingleton(recordings);
        });
        builder.ConfigureClient(client => client.Services.AddCallSerializer());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Node = new TestNode(Cluster.Client);
    }

    public ICallGrain Grain(Guid callId) => Cluster.Client.GetGrain<ICallGrain>(callId);

    /// <summary>The silo the call's activation is on, or null when it has none.</summary>
    public Orleans.Runtime.SiloAddress? SiloOf(Guid callId) =>
        Cluster.TryGetGrainContext(Grain(callId).GetGrainId(), out var context) ? context.Address.SiloAddress : null;

    /// <summary>A call booked on the test scenario for now, with the candidate's consent in its log
    /// (sequence 1), and a connection for each of its three people, on the first silo's node.</summary>
    public async Task<BookedCall> BookAsync()
    {
        var node = Cluster.Silos[0].SiloAddress;
        var now = Clock.GetUtcNow().UtcDateTime;
        var candidate = await TestCandidates.AddAsync(Database, now);
        var rolePlayer = new CallUser(Guid.NewGuid(), null, "Role-player");
        var assessor = new CallUser(Guid.NewGuid(), null, "Assessor");
        await using var db = Database.CreateContext();
        var callId = await MockCallSchedule.AddAsync(db, candidate.CampaignId, candidate.Id, rolePlayer.UserId, assessor.UserId,
            now, TestCallScenarios.ScenarioId, TestCallScenarios.Version);
        return new BookedCall(callId,
            new CallConnection($"candidate-{callId:N}", new CallUser(Guid.NewGuid(), candidate.Id, "Candidate"), node),
            new CallConnection($"role-player-{callId:N}", rolePlayer, node),
            new CallConnection($"assessor-{callId:N}", assessor, node));
    }

    /// <summary>The three join, the role-player rings and the candidate answers.</summary>
    public async Task<BookedCall> ConnectedCallAsync() => await ConnectAsync(await BookAsync());

    /// <summary>The call's three join (each on the node their connection names), the role-player
    /// rings and the candidate answers.</summary>
    public async Task<BookedCall> ConnectAsync(BookedCall call)
    {
        var grain = Grain(call.Id);
        foreach (var connection in call.Everyone) Assert.Null((await grain.Join(connection, Node.Reference)).Refusal);
        Assert.Null(await grain.Command(call.RolePlayer.ConnectionId, new Ring()));
        Assert.Null(await grain.Command(call.Candidate.ConnectionId, new Answer()));
        return call;
    }

    /// <summary>The call's log as the database holds it.</summary>
    public async Task<List<MockCallEvent>> LogAsync(Guid callId)
    {
        await using var db = Database.CreateContext();
        return await db.MockCallEvents.AsNoTracking().Where(e => e.MockCallId == callId).OrderBy(e => e.Sequence).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class NoLibrary : ICallScenarios
    {
        public CallScenario? Find(string scenarioId, string version) => null;
    }
}

public sealed record BookedCall(Guid Id, CallConnection Candidate, CallConnection RolePlayer, CallConnection Assessor)
{
    public IReadOnlyList<CallConnection> Everyone => [Candidate, RolePlayer, Assessor];

    /// <summary>Everyone's connections as held by the node of <paramref name="silo"/>.</summary>
    public IReadOnlyList<CallConnection> EveryoneOn(Orleans.Runtime.SiloAddress silo) => Everyone.Select(c => c with { Node = silo }).ToList();
}

/// <summary>
/// A web node as a call grain sees it: the <see cref="ICallListener"/> it pushes audio and events
/// to, keeping what arrives per connection (and per source, for audio) so that tests can wait for it.
/// </summary>
public sealed class TestNode : ICallListener
{
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> events = new();
    private readonly ConcurrentDictionary<(string ConnectionId, string Source), Channel<byte[]>> audio = new();

    public TestNode(IGrainFactory grains) => Reference = grains.CreateObjectReference<ICallListener>(this);

    /// <summary>Made once and held with this object: Orleans holds the observer itself weakly.</summary>
    public ICallListener Reference { get; }

    public Task Audio(string[] connectionIds, string source, byte[] frame)
    {
        foreach (var id in connectionIds) AudioOf(id, source).Writer.TryWrite(frame);
        return Task.CompletedTask;
    }

    public Task CallEvent(string[] connectionIds, string callEventJson)
    {
        foreach (var id in connectionIds) EventsOf(id).Writer.TryWrite(JsonElement.Parse(callEventJson));
        return Task.CompletedTask;
    }

    /// <summary>Every event the connection was told up to and including the next of <paramref name="type"/>.</summary>
    public async Task<IReadOnlyList<JsonElement>> EventsUntilAsync(string connectionId, string type)
    {
        using var timeout = new CancellationTokenSource(CallClient.Patience);
        var received = new List<JsonElement>();
        while (true)
        {
            var e = await EventsOf(connectionId).Reader.ReadAsync(timeout.Token);
            received.Add(e);
            if (e.GetProperty("type").GetString() == type) return received;
        }
    }

    public async Task<List<byte[]>> ReceiveAudioAsync(string connectionId, string source, int count)
    {
        using var timeout = new CancellationTokenSource(CallClient.Patience);
        var frames = new List<byte[]>();
        var from = AudioOf(connectionId, source).Reader;
        while (frames.Count < count) frames.Add(await from.ReadAsync(timeout.Token));
        return frames;
    }

    private Channel<JsonElement> EventsOf(string connectionId) => events.GetOrAdd(connectionId, _ => Channel.CreateUnbounded<JsonElement>());

    private Channel<byte[]> AudioOf(string connectionId, string source) =>
        audio.GetOrAdd((connectionId, source), _ => Channel.CreateUnbounded<byte[]>());
}

/// <summary>
/// The database going away: from <see cref="Begin"/> until it is disposed, every connection the
/// silos' contexts open fails as SQLite fails when it cannot open its file.
/// </summary>
public sealed class DatabaseOutage : DbConnectionInterceptor
{
    public const string Message = "unable to open database file (the test's outage)";

    private volatile bool down;

    /// <summary>The database is down until the result is disposed (also when a test fails inside,
    /// so the next test of the fixture finds it up).</summary>
    public IDisposable Begin()
    {
        down = true;
        return new Restore(this);
    }

    private sealed class Restore(DatabaseOutage outage) : IDisposable
    {
        public void Dispose() => outage.down = false;
    }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        down ? throw new SqliteException(Message, 14) : result;

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) =>
        down ? throw new SqliteException(Message, 14) : ValueTask.FromResult(result);
}
