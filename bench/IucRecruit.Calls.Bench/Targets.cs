using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Scenarios;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Calls.Bench;

/// <summary>One simulated call: two speakers who each send 50 frames a second, and an assessor
/// who listens (and pings, so the server keeps the connection).</summary>
internal sealed record SimulatedCall(Action<byte[]> Caller, Action<byte[]> Candidate, Action KeepAlive, Func<Task> EndAsync, IAsyncDisposable[] Connections);

/// <summary>A relay under test: the product, or the raw floor.</summary>
internal abstract class RelayTarget : IAsyncDisposable
{
    /// <summary>The relay's name in the RESULT lines.</summary>
    public abstract string Name { get; }

    public virtual int Nodes => 1;

    /// <summary>The server processes whose CPU time is the relay's cost.</summary>
    public abstract IReadOnlyList<int> ServerProcessIds { get; }
    public abstract Task<IReadOnlyList<SimulatedCall>> ConnectAsync(int calls, Tally tally);
    public abstract Task<CallRelayMetrics.Snapshot> ReadMetricsAsync();

    /// <summary>Waits until the server has let go of the step's calls.</summary>
    public virtual Task SettleAsync() => Task.CompletedTask;

    public abstract ValueTask DisposeAsync();

    protected static async Task<T[]> InParallelAsync<T>(int count, Func<int, Task<T>> make)
    {
        using var gate = new SemaphoreSlim(16);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try { return await make(i); }
            finally { gate.Release(); }
        }));
    }
}

/// <summary>The product: IucRecruit.Web as processes of their own, each call a real booked call on
/// a library scenario, each participant signed in and joined through the call hub. One node runs on
/// SQLite with its embedded silo, as <c>./run.sh</c> does; several run as an Orleans cluster on
/// PostgreSQL (<c>Cluster:Enabled</c>), and each call's people are split between two nodes, so that
/// frames and events cross from node to node as they do behind a load balancer.</summary>
internal sealed class ProductRelay : RelayTarget
{
    private readonly TestDatabase database;
    private readonly List<ServerProcess> nodes;
    private readonly List<(PageClient Admin, PageClient RolePlayer, PageClient Assessor)> staff = [];
    private Guid campaignId, rolePlayerId, assessorId;
    private (string Id, string Version) scenario;

    private ProductRelay(TestDatabase database, int nodeCount)
    {
        this.database = database;
        var cluster = $"bench-{Guid.NewGuid():N}";
        nodes = Enumerable.Range(0, nodeCount).Select(n => new ServerProcess(database.Options.DataFolder, Settings(n))).ToList();

        Dictionary<string, string> Settings(int node)
        {
            var settings = new Dictionary<string, string>
            {
                ["Demo__Enabled"] = node == 0 ? "true" : "false", // the first node seeds the demo organisation
                ["Calls__IdleTimeout"] = "00:00:02",
                // The relay is what is measured: the outbox would render and send the bookings' 200
                // invitations (calendar files and all) during the measured window, which the floor
                // does not, and its new code kept the JIT from tiering up the relay's (decision 0078).
                ["Messages__SendInBackground"] = "false",
                ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
            };
            if (nodeCount == 1) return settings;
            settings["Database__Provider"] = "PostgreSql";
            settings["Database__ConnectionString"] = database.Options.ConnectionString!;
            settings["Cluster__Enabled"] = "true";
            settings["Cluster__SiloPort"] = ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture);
            settings["Cluster__GatewayPort"] = ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture);
            settings["Cluster__ClusterId"] = cluster;
            return settings;
        }
    }

    /// <summary>One node on SQLite, or <paramref name="nodeCount"/> on the test PostgreSQL
    /// (scripts/test-postgres.sh).</summary>
    public static async Task<ProductRelay> CreateAsync(int nodeCount) =>
        new(nodeCount == 1 ? TestDatabase.Sqlite() : await TestDatabase.PostgreSqlAsync(), nodeCount);

    public override string Name => "iucrecruit";
    public override int Nodes => nodes.Count;
    public override IReadOnlyList<int> ServerProcessIds => nodes.Select(n => n.ProcessId).ToList();

    public async Task StartAsync()
    {
        await nodes[0].StartAsync();
        await Task.WhenAll(nodes.Skip(1).Select(n => n.StartAsync()));
        foreach (var node in nodes)
            staff.Add((await StaffAsync(node, Roles.Admin), await StaffAsync(node, Roles.RolePlayer), await StaffAsync(node, Roles.Assessor)));
        await using var db = database.CreateContext();
        campaignId = (await db.Campaigns.SingleAsync(c => c.Name == DemoDataSeeder.CampaignName)).Id;
        rolePlayerId = await UserIdAsync(db, Roles.RolePlayer);
        assessorId = await UserIdAsync(db, Roles.Assessor);
        var library = new ScenarioLibraryOptions { Folder = RepositoryRoot.Combine("scenarios") }.Load();
        var chosen = library.Scenarios.First(s => s.Id == "back-pain-football");
        scenario = (chosen.Id, chosen.Version);
    }

    public override async Task<IReadOnlyList<SimulatedCall>> ConnectAsync(int calls, Tally tally)
    {
        var booked = await BookAsync(calls);
        return await InParallelAsync(calls, async i =>
        {
            var (callId, invitation) = booked[i];
            // Candidate and assessor on one node, the role-player on the next, alternating by call.
            var near = i % nodes.Count;
            var far = (i + 1) % nodes.Count;
            var candidatePage = PageClient.For(nodes[near].Address);
            (await candidatePage.SubmitAsync($"/invite/{invitation}", [])).Dispose();
            var candidate = new SignalRParticipant(tally);
            var caller = new SignalRParticipant(tally);
            var listener = new SignalRParticipant(tally);
            await candidate.StartAsync(Hub(near), candidatePage.CookieHeader());
            await caller.StartAsync(Hub(far), staff[far].RolePlayer.CookieHeader());
            await listener.StartAsync(Hub(near), staff[near].Assessor.CookieHeader());
            foreach (var participant in new[] { candidate, caller, listener }) await participant.InvokeAsync("JoinCall", callId);
            await caller.InvokeAsync("Ring");
            await candidate.InvokeAsync("Answer");
            caller.OpenAudioStream();
            candidate.OpenAudioStream();
            return new SimulatedCall(caller.SendFrame, candidate.SendFrame, listener.Ping, async () =>
            {
                caller.CloseAudioStream();
                candidate.CloseAudioStream();
                await candidate.InvokeAsync("EndCall");
            }, [candidate, caller, listener]);
        });
    }

    private Uri Hub(int node) => new($"ws://127.0.0.1:{nodes[node].Port}{CallHub.Path}");

    /// <summary>Every node's relay histogram added up: each frame is counted by the node whose
    /// grain relayed it.</summary>
    public override async Task<CallRelayMetrics.Snapshot> ReadMetricsAsync()
    {
        var each = await Task.WhenAll(nodes.Select((_, n) => DiagnosticsAsync(n)));
        return each.Select(d => d.Metrics).Aggregate((a, b) => new CallRelayMetrics.Snapshot(
            a.Relayed + b.Relayed, a.Dropped + b.Dropped, a.BucketMilliseconds, a.Buckets.Zip(b.Buckets, (x, y) => x + y).ToArray()));
    }

    public override async Task SettleAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60) && (await Task.WhenAll(nodes.Select((_, n) => DiagnosticsAsync(n)))).Sum(d => d.LiveCalls) > 0)
        {
            await Task.Delay(250);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var node in nodes) await node.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<Diagnostics> DiagnosticsAsync(int node)
    {
        using var response = await staff[node].Admin.GetAsync("/diagnostics/calls");
        // A node that cannot answer is a finding, not a figure: say what it logged.
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Node {node} answered /diagnostics/calls with {(int)response.StatusCode}; the end of its output:\n" +
                string.Join('\n', nodes[node].Output.Split('\n').TakeLast(60)));
        return (await response.Content.ReadFromJsonAsync<Diagnostics>())!;
    }

    private async Task<(Guid CallId, string Invitation)[]> BookAsync(int calls)
    {
        await using var db = database.CreateContext();
        var now = DateTime.UtcNow;
        var candidates = Enumerable.Range(0, calls).Select(i => new Candidate
        {
            Id = Guid.CreateVersion7(), CampaignId = campaignId, GivenName = "Bench", FamilyName = $"Candidate {i}",
            Email = $"bench-{Guid.NewGuid():N}@example.com", CreatedUtc = now,
        }).ToList();
        db.Candidates.AddRange(candidates);
        await db.SaveChangesAsync();
        var callIds = new List<Guid>();
        foreach (var candidate in candidates)
            callIds.Add(await MockCallSchedule.AddAsync(db, campaignId, candidate.Id, rolePlayerId, assessorId, now, scenario.Id, scenario.Version));
        var invitations = await SharedDatabase.InviteAsync(database.Options, candidates.Select(c => c.Id).ToList(), TimeSpan.FromHours(2));
        return callIds.Zip(invitations).ToArray();
    }

    private static async Task<PageClient> StaffAsync(ServerProcess node, string role)
    {
        var page = PageClient.For(node.Address);
        await page.SignInAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email, DemoDataSeeder.DefaultPassword);
        return page;
    }

    private static async Task<Guid> UserIdAsync(Data.RecruitmentDbContext db, string role)
    {
        var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email;
        return (await db.Users.SingleAsync(u => u.UserName == email)).Id;
    }

    private sealed record Diagnostics(int LiveCalls, CallRelayMetrics.Snapshot Metrics);
}

/// <summary>The floor relay (<see cref="FloorRelay"/>) as a process of its own.</summary>
internal sealed class FloorTarget : RelayTarget
{
    private readonly string folder = Directory.CreateTempSubdirectory("iucrecruit-floor-").FullName;
    private readonly int port = FreePort();
    private readonly HttpClient http;
    private Process? process;
    private int nextCall;

    public FloorTarget() => http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

    public override string Name => "floor";
    public override IReadOnlyList<int> ServerProcessIds => [process!.Id];

    public async Task StartAsync()
    {
        process = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(FloorTarget).Assembly.Location, "--floor-server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), folder },
            RedirectStandardOutput = true,
        })!;
        for (var tries = 0; ; tries++)
        {
            try { (await http.GetAsync(new Uri("/stats", UriKind.Relative))).Dispose(); return; }
            catch (HttpRequestException) when (tries < 200) { await Task.Delay(50); }
        }
    }

    public override async Task<IReadOnlyList<SimulatedCall>> ConnectAsync(int calls, Tally tally) =>
        await InParallelAsync(calls, async _ =>
        {
            var call = Interlocked.Increment(ref nextCall);
            var candidate = new FloorParticipant(tally);
            var caller = new FloorParticipant(tally);
            var listener = new FloorParticipant(tally);
            await candidate.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/relay/{call}/candidate"), null);
            await caller.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/relay/{call}/caller"), null);
            await listener.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/relay/{call}/assessor"), null);
            return new SimulatedCall(caller.SendFrame, candidate.SendFrame, () => { }, () => Task.CompletedTask, [candidate, caller, listener]);
        });

    public override async Task<CallRelayMetrics.Snapshot> ReadMetricsAsync() =>
        (await http.GetFromJsonAsync<CallRelayMetrics.Snapshot>(new Uri("/stats", UriKind.Relative)))!;

    public override async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false }) { process.Kill(); await process.WaitForExitAsync(); }
        process?.Dispose();
        http.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
