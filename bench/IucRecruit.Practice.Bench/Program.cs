using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Testing;

// The practice call benchmark (docs/performance.md, issue 15): the real server as its own process
// (SQLite, as ./run.sh runs it), and virtual visitors that each take whole practice calls as a
// browser would: the campaign's page, "Start this call", the call page, the caller's clips, the
// result posted once, the result page, the answer. The call itself runs in the browser, so this is
// all the server sees of one. Reports the server's CPU per call (clips fetched, and clips from the
// browser's cache), and how many calls start per second (the start and the call page) at full load.
//
//   dotnet run -c Release --project bench/IucRecruit.Practice.Bench -- [--visitors 1,8,32] [--seconds 20]
var visitors = Option("--visitors", "1,8,32").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
var seconds = int.Parse(Option("--seconds", "20"), CultureInfo.InvariantCulture);
var data = Directory.CreateTempSubdirectory("iucrecruit-practice-bench-").FullName;
await using var server = new ServerProcess(data, new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Demo",
    ["Demo__Enabled"] = "true",
    ["RateLimits__PracticePerMinute"] = "100000000",
});
await server.StartAsync();
var campaignPage = Regex.Match(server.Output, @"/practice/[0-9a-f-]{36}").Value;
if (campaignPage.Length == 0) throw new InvalidOperationException("The demo banner printed no practice link:\n" + server.Output);
Console.WriteLine($"IucRecruit practice call benchmark, {DateTime.Now:yyyy-MM-dd HH:mm}, SQLite, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                  $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

// Warm up: JIT, the first queries, the clips read once.
await RunAsync(visitors: 2, TimeSpan.FromSeconds(5), fetchClips: true);
foreach (var fetchClips in new[] { true, false })
{
    foreach (var count in visitors)
    {
        var cpuBefore = ProcessCpu.Used(server.ProcessId);
        var result = await RunAsync(count, TimeSpan.FromSeconds(seconds), fetchClips);
        var cpu = ProcessCpu.Used(server.ProcessId) - cpuBefore;
        var starts = result.StartLatencies.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT clips={(fetchClips ? "fetched" : "cached")} visitors={count} calls={result.Calls} seconds={result.Elapsed.TotalSeconds:0.0} " +
            $"calls_per_second={result.Calls / result.Elapsed.TotalSeconds:0.0} starts_per_second={result.Calls / result.Elapsed.TotalSeconds:0.0} " +
            $"server_cpu_ms_per_call={cpu.TotalMilliseconds / Math.Max(1, result.Calls):0.0} server_cores={cpu.TotalSeconds / result.Elapsed.TotalSeconds:0.00} " +
            $"start_p50_ms={Percentile(starts, 0.5):0} start_p99_ms={Percentile(starts, 0.99):0} failures={result.Failures}"));
    }
}

async Task<(int Calls, int Failures, TimeSpan Elapsed, List<double> StartLatencies)> RunAsync(int visitors, TimeSpan duration, bool fetchClips)
{
    var calls = 0;
    var failures = 0;
    var latencies = new List<double>();
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, visitors).Select(async _ =>
    {
        while (clock.Elapsed < duration)
        {
            using var visitor = PageClient.For(server.Address);
            try
            {
                var started = Stopwatch.StartNew();
                using var start = await visitor.SubmitAsync(campaignPage, [new("call", "practice-chest-pain-husband")], campaignPage + "?handler=Start");
                var attemptPage = start.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"start gave {(int)start.StatusCode}");
                var callPage = await visitor.GetPageAsync(attemptPage);
                lock (latencies) latencies.Add(started.Elapsed.TotalMilliseconds);
                if (fetchClips)
                {
                    foreach (Match clip in Regex.Matches(WebUtility.HtmlDecode(callPage), "/practice/clips/[^\"]+"))
                    {
                        using var audio = await visitor.GetAsync(clip.Value);
                        await audio.Content.ReadAsByteArrayAsync();
                    }
                }
                using var finished = await visitor.SubmitAsync(attemptPage,
                [
                    new("record[patient-name]", "Peter Marsh"), new("record[postcode]", "LE11 3AP"), new("record[disposition]", "Emergency ambulance"),
                    new("durationMs", "180000"), new("candidateSpeechMs", "60000"), new("callerSpeechMs", "26000"),
                    new("responseTimesMs", "900,1200,700,1500,1100,800"), new("turnsHeard", "6"),
                ]);
                using var answered = await visitor.SubmitAsync(attemptPage, [new("answer", "NotForMe"), new("reasons", "Pace")], attemptPage + "?handler=Answer");
                if (finished.StatusCode != HttpStatusCode.Redirect || answered.StatusCode != HttpStatusCode.Redirect)
                    throw new InvalidOperationException($"result {(int)finished.StatusCode}, answer {(int)answered.StatusCode}");
                Interlocked.Increment(ref calls);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                Interlocked.Increment(ref failures);
            }
        }
    }));
    return (calls, failures, clock.Elapsed, latencies);
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
