using System.Diagnostics;
using System.Globalization;
using IucRecruit.Calls.Bench;
using IucRecruit.Testing;

// The live-call relay benchmark (issues 4 and 13): simulated calls, each with two voice streams at
// 50 frames a second, relayed to their listeners (the other speaker and an assessor) and recorded.
// For each number of calls: frames lost, how long the server held frames (its own histogram),
// end-to-end age on arrival, and the servers' CPU. The product runs as one node, and as two nodes
// of an Orleans cluster with each call's people split between them (--nodes); the same run measures
// a raw WebSocket relay doing the same work, as the floor. It ends with one RESULT line per relay,
// node count and number of calls. Two nodes need the test PostgreSQL (scripts/test-postgres.sh).
//
//   dotnet run -c Release --project bench/IucRecruit.Calls.Bench -- [--calls 50,100,200] [--seconds 15] [--nodes 1,2] [--warm-up 30]
if (args is ["--floor-server", var port, var folder])
{
    await FloorRelay.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), folder);
    return;
}

var steps = Numbers(Option("--calls", "50,100,200,300,400,600,800,1000"));
var seconds = int.Parse(Option("--seconds", "15"), CultureInfo.InvariantCulture);
// Long enough for the server's JIT to settle: with 200 calls on these two cores, tiered
// compilation was still compiling thousands of methods 25 s after the audio started (14% of the
// server's CPU samples were in the JIT), which is start-up, not the relay's cost per call.
var warmUp = TimeSpan.FromSeconds(int.Parse(Option("--warm-up", "30"), CultureInfo.InvariantCulture));
var nodeCounts = Numbers(Option("--nodes", "1,2"));
var p99Limit = TimeSpan.FromMilliseconds(10);
if (nodeCounts.Any(n => n > 1) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
{
    Console.Error.WriteLine($"Two nodes run on PostgreSQL, and {TestDatabase.PostgresVariable} is not set: start the test cluster first, " +
        "eval \"$(scripts/test-postgres.sh start)\", or run one node only with --nodes 1.");
    Environment.Exit(2);
}

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"Each step: {seconds} s measured after {warmUp.TotalSeconds} s of warm-up; pass = no lost frame and server p99 <= {p99Limit.TotalMilliseconds} ms.");

var results = new List<(RelayTarget Target, StepResult Result)>();
foreach (var nodeCount in nodeCounts)
{
    await using var product = await ProductRelay.CreateAsync(nodeCount);
    await product.StartAsync();
    results.AddRange((await RunStepsAsync(product)).Select(r => ((RelayTarget)product, r)));
}
await using (var floor = new FloorTarget())
{
    await floor.StartAsync();
    results.AddRange((await RunStepsAsync(floor)).Select(r => ((RelayTarget)floor, r)));
}

Console.WriteLine();
Console.WriteLine($"Load average after the run: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine("| relay | nodes | calls | frames sent | lost | dropped | server p50 | server p99 | server max | end-to-end p99 | server CPU | CPU per call | pass |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
foreach (var (target, r) in results) Console.WriteLine(r.Row(target, p99Limit));
var floorCost = results.Where(r => r.Target is FloorTarget).ToDictionary(r => r.Result.Calls, r => r.Result.CpuPerCall);
foreach (var (target, r) in results.Where(r => r.Target is ProductRelay && floorCost.ContainsKey(r.Result.Calls)))
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU per call, {target.Name} on {target.Nodes} node(s) / floor, at {r.Calls} calls: {r.CpuPerCall / floorCost[r.Calls]:0.00}x"));
var oneNode = results.Where(r => r.Target is ProductRelay { Nodes: 1 }).ToDictionary(r => r.Result.Calls, r => r.Result);
foreach (var (_, r) in results.Where(r => r.Target is ProductRelay { Nodes: 2 } && oneNode.ContainsKey(r.Result.Calls)))
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Cross-node cost at {r.Calls} calls: {r.CpuPerCall - oneNode[r.Calls].CpuPerCall:+0.00;-0.00}% of a core per call, server p99 {r.Server.Percentile(0.99).TotalMilliseconds - oneNode[r.Calls].Server.Percentile(0.99).TotalMilliseconds:+0.0;-0.0} ms"));
foreach (var (target, r) in results) Console.WriteLine(r.ResultLine(target));

async Task<List<StepResult>> RunStepsAsync(RelayTarget target)
{
    var done = new List<StepResult>();
    foreach (var calls in steps)
    {
        var result = await StepAsync(target, calls);
        done.Add(result);
        Console.WriteLine(result.Row(target, p99Limit));
        if (!result.Passed(p99Limit)) break;
    }
    return done;
}

async Task<StepResult> StepAsync(RelayTarget target, int calls)
{
    var tally = new Tally();
    var simulated = await target.ConnectAsync(calls, tally);
    Console.WriteLine($"{target.Name} on {target.Nodes} node(s): {calls} calls connected; warming up, then measuring.");
    // Lost deliveries are counted over the whole step, warm-up included, so the frames the server
    // dropped are too: a drop in the warm-up showed as an unexplained loss otherwise.
    var atStart = await target.ReadMetricsAsync();
    using var stop = new CancellationTokenSource();
    var load = Task.Run(() => DriveAsync(simulated, stop.Token));
    await Task.Delay(warmUp); // a benchmark's settling time, not a test's wait

    var before = await target.ReadMetricsAsync();
    var cpuBefore = ServersCpu(target);
    var clock = Stopwatch.StartNew();
    var endToEndBefore = tally.EndToEnd.Read();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    var window = (await target.ReadMetricsAsync()).Since(before);
    var cpu = ServersCpu(target) - cpuBefore;
    var elapsed = clock.Elapsed;
    var endToEnd = tally.EndToEnd.Read().Since(endToEndBefore);

    await stop.CancelAsync();
    await load;
    // Let frames in flight arrive: each frame goes to two listeners.
    var drain = Stopwatch.StartNew();
    while (tally.Received < tally.Sent * 2 && drain.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(50);
    var lost = tally.Sent * 2 - tally.Received;
    var droppedInStep = (await target.ReadMetricsAsync()).Since(atStart).Dropped;

    foreach (var call in simulated)
    {
        await call.EndAsync();
        foreach (var connection in call.Connections) await connection.DisposeAsync();
    }
    await target.SettleAsync();
    return new StepResult(calls, tally.Sent, lost, droppedInStep, window, endToEnd, cpu / elapsed * 100);
}

static async Task DriveAsync(IReadOnlyList<SimulatedCall> calls, CancellationToken stop)
{
    using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
    var ticks = 0L;
    try
    {
        while (await timer.WaitForNextTickAsync(stop))
        {
            foreach (var call in calls)
            {
                call.Caller(Frames.Stamped());
                call.Candidate(Frames.Stamped());
                if (ticks % 500 == 0) call.KeepAlive();
            }
            ticks++;
        }
    }
    catch (OperationCanceledException)
    {
        // The step is over.
    }
}

static TimeSpan ServersCpu(RelayTarget target) => target.ServerProcessIds.Aggregate(TimeSpan.Zero, (sum, id) => sum + ProcessCpu.Used(id));

static List<int> Numbers(string list) => list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

internal sealed record StepResult(
    int Calls, long Sent, long Lost, long Dropped, IucRecruit.Web.Features.Calls.CallRelayMetrics.Snapshot Server,
    IucRecruit.Web.Features.Calls.CallRelayMetrics.Snapshot EndToEnd, double ServerCpuPercent)
{
    public double CpuPerCall => ServerCpuPercent / Calls;

    public bool Passed(TimeSpan p99Limit) => Lost == 0 && Dropped == 0 && Server.Percentile(0.99) <= p99Limit;

    public string Row(RelayTarget target, TimeSpan p99Limit) => string.Create(CultureInfo.InvariantCulture,
        $"| {target.Name} | {target.Nodes} | {Calls} | {Sent} | {Lost} | {Dropped} | {Server.Percentile(0.5).TotalMilliseconds:0.0} ms | " +
        $"{Server.Percentile(0.99).TotalMilliseconds:0.0} ms | {Server.Percentile(1).TotalMilliseconds:0.0} ms | " +
        $"{EndToEnd.Percentile(0.99).TotalMilliseconds:0.0} ms | {ServerCpuPercent:0}% | {CpuPerCall:0.00}% | {(Passed(p99Limit) ? "yes" : "no")} |");

    /// <summary>The line scripts read: lost counts deliveries that did not happen (each frame is
    /// due at two listeners, so a frame the server dropped counts twice); CPU per call is the
    /// servers' CPU (100% is one core) over the calls.</summary>
    public string ResultLine(RelayTarget target) => string.Create(CultureInfo.InvariantCulture,
        $"RESULT relay={target.Name} nodes={target.Nodes} calls={Calls} lost={Lost} p99_ms={Server.Percentile(0.99).TotalMilliseconds:0.0} cpu_per_call_pct={CpuPerCall:0.000}");
}
