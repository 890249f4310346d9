using System.Diagnostics;
using System.Globalization;
using IucRecruit.Calls.Bench;

// The live-call relay benchmark (issue 4): simulated calls, each with two voice streams at 50
// frames a second, relayed to their listeners (the other speaker and an assessor) and recorded.
// For each number of calls: frames lost, how long the server held frames (its own histogram),
// end-to-end age on arrival, and the server's CPU. The same run measures a raw WebSocket relay
// doing the same work, as the floor.
//
//   dotnet run -c Release --project bench/IucRecruit.Calls.Bench -- [--calls 50,100,200] [--seconds 15]
if (args is ["--floor-server", var port, var folder])
{
    await FloorRelay.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), folder);
    return;
}

var steps = Option("--calls", "50,100,200,300,400,600,800,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var seconds = int.Parse(Option("--seconds", "15"), CultureInfo.InvariantCulture);
var p99Limit = TimeSpan.FromMilliseconds(10);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"Each step: {seconds} s measured after 3 s of warm-up; pass = no lost frame and server p99 <= {p99Limit.TotalMilliseconds} ms.");

var results = new List<(string Target, StepResult Result)>();
await using (var product = new ProductRelay())
{
    await product.StartAsync();
    results.AddRange((await RunStepsAsync(product)).Select(r => (product.Name, r)));
}
await using (var floor = new FloorTarget())
{
    await floor.StartAsync();
    results.AddRange((await RunStepsAsync(floor)).Select(r => (floor.Name, r)));
}

Console.WriteLine();
Console.WriteLine("| relay | calls | frames sent | lost | server p50 | server p99 | server max | end-to-end p99 | server CPU | CPU per call | pass |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
foreach (var (target, r) in results) Console.WriteLine(r.Row(target, p99Limit));
foreach (var (target, best) in results.GroupBy(r => r.Target).Select(g => (g.Key, g.Where(r => r.Result.Passed(p99Limit)).Select(r => r.Result).LastOrDefault())))
    Console.WriteLine($"Largest passing step, {target}: {(best is null ? "none" : $"{best.Calls} calls, {best.CpuPerCall:0.00}% of one core per call")}");
var ratios = results.Where(r => r.Target.StartsWith("IucRecruit", StringComparison.Ordinal))
    .Join(results.Where(r => r.Target.StartsWith("Floor", StringComparison.Ordinal)), r => r.Result.Calls, f => f.Result.Calls, (r, f) => (r.Result.Calls, Ratio: r.Result.CpuPerCall / f.Result.CpuPerCall));
foreach (var (calls, ratio) in ratios) Console.WriteLine($"CPU per call, IucRecruit / floor, at {calls} calls: {ratio:0.0}x");

async Task<List<StepResult>> RunStepsAsync(RelayTarget target)
{
    var done = new List<StepResult>();
    foreach (var calls in steps)
    {
        var result = await StepAsync(target, calls);
        done.Add(result);
        Console.WriteLine(result.Row(target.Name, p99Limit));
        if (!result.Passed(p99Limit)) break;
    }
    return done;
}

async Task<StepResult> StepAsync(RelayTarget target, int calls)
{
    var tally = new Tally();
    var simulated = await target.ConnectAsync(calls, tally);
    using var stop = new CancellationTokenSource();
    var load = Task.Run(() => DriveAsync(simulated, stop.Token));
    await Task.Delay(TimeSpan.FromSeconds(3)); // warm-up: a benchmark's settling time, not a test's wait

    var before = await target.ReadMetricsAsync();
    var cpuBefore = ProcessCpu.Used(target.ServerProcessId);
    var clock = Stopwatch.StartNew();
    var endToEndBefore = tally.EndToEnd.Read();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    var window = (await target.ReadMetricsAsync()).Since(before);
    var cpu = ProcessCpu.Used(target.ServerProcessId) - cpuBefore;
    var elapsed = clock.Elapsed;
    var endToEnd = tally.EndToEnd.Read().Since(endToEndBefore);

    await stop.CancelAsync();
    await load;
    // Let frames in flight arrive: each frame goes to two listeners.
    var drain = Stopwatch.StartNew();
    while (tally.Received < tally.Sent * 2 && drain.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(50);
    var lost = tally.Sent * 2 - tally.Received;

    foreach (var call in simulated)
    {
        await call.EndAsync();
        foreach (var connection in call.Connections) await connection.DisposeAsync();
    }
    await target.SettleAsync();
    return new StepResult(calls, tally.Sent, lost, window, endToEnd, cpu / elapsed * 100);
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

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

internal sealed record StepResult(
    int Calls, long Sent, long Lost, IucRecruit.Web.Features.Calls.CallRelayMetrics.Snapshot Server,
    IucRecruit.Web.Features.Calls.CallRelayMetrics.Snapshot EndToEnd, double ServerCpuPercent)
{
    public double CpuPerCall => ServerCpuPercent / Calls;

    public bool Passed(TimeSpan p99Limit) => Lost == 0 && Server.Dropped == 0 && Server.Percentile(0.99) <= p99Limit;

    public string Row(string target, TimeSpan p99Limit) => string.Create(CultureInfo.InvariantCulture,
        $"| {target} | {Calls} | {Sent} | {Lost + Server.Dropped} | {Server.Percentile(0.5).TotalMilliseconds:0.0} ms | " +
        $"{Server.Percentile(0.99).TotalMilliseconds:0.0} ms | {Server.Percentile(1).TotalMilliseconds:0.0} ms | " +
        $"{EndToEnd.Percentile(0.99).TotalMilliseconds:0.0} ms | {ServerCpuPercent:0}% | {CpuPerCall:0.00}% | {(Passed(p99Limit) ? "yes" : "no")} |");
}
