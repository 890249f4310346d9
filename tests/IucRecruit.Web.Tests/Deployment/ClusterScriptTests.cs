using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace IucRecruit.Web.Tests.Deployment;

/// <summary>Starts real processes on fixed loopback ports: runs alone.</summary>
[CollectionDefinition(nameof(ClusterProcesses), DisableParallelization = true)]
public sealed class ClusterProcesses;

/// <summary><c>scripts/cluster.sh</c> as an operator runs it: PostgreSQL, two nodes and nginx.</summary>
[Collection(nameof(ClusterProcesses))]
public sealed partial class ClusterScriptTests
{
    // Ports of this test's own, apart from the script's defaults, which a person may be using.
    private const int BalancerPort = 5280;
    private const int PostgresPort = 55481;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "iucrecruit-tests", "cluster-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Up_two_nodes_serves_both_silos_through_the_balancer_with_WebSockets_and_down_leaves_nothing_running()
    {
        var up = await ScriptAsync("up 2");
        var running = new List<int>();
        try
        {
            Assert.True(up.Code == 0, up.Error);
            var lines = up.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            var nodes = lines[..2].Select(line => NodeLine().Match(line)).ToList();
            Assert.All(nodes, node => Assert.True(node.Success, up.Output));
            Assert.Equal(["1", "2"], nodes.Select(n => n.Groups[1].Value));
            Assert.Equal($"cluster http://127.0.0.1:{BalancerPort}", lines[2]);
            running.AddRange(nodes.Select(n => int.Parse(n.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)));
            running.Add(int.Parse(File.ReadAllText(Path.Combine(folder, "nginx.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture));
            running.Add(int.Parse(File.ReadLines(Path.Combine(PostgresFolder, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture));

            using var http = new HttpClient();
            foreach (var node in nodes)
                Assert.Equal("Healthy", (await HealthAsync(http, new Uri(node.Groups[2].Value + "/health"))).Status);
            // Round robin: four requests through the balancer reach both nodes, each healthy with its silo active.
            var balancer = new Uri($"http://127.0.0.1:{BalancerPort}");
            var silos = new HashSet<string>();
            for (var i = 0; i < 4; i++)
            {
                var health = await HealthAsync(http, new Uri(balancer, "/health"));
                Assert.Equal("Healthy", health.Status);
                silos.Add(Assert.Single(SiloDetail().Matches(health.Silo)).Groups[1].Value);
            }
            Assert.Equal(["127.0.0.1:11211", "127.0.0.1:11212"], silos.Order());

            var status = await ScriptAsync("status");
            Assert.True(status.Code == 0, status.Error);
            var listed = status.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, listed.Length);
            Assert.Equal(["127.0.0.1:11211 Active", "127.0.0.1:11212 Active"], listed.Select(l => string.Join(' ', l.Split(' ')[..2])).Order());

            // Signing in and opening the call hub's WebSocket through nginx, each request to whichever
            // node it picks: the sign-in cookie works on every node, and the upgrade is passed on.
            using var assessor = PageClient.For(balancer);
            var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.Assessor).Email;
            Assert.Equal("/", await assessor.SignInAsync(email, DemoDataSeeder.DefaultPassword)); // a redirect: signed in
            await using var hub = new HubConnectionBuilder().WithUrl(new Uri(balancer, "/hubs/call"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true; // no sticky sessions: negotiation and connection may land on different nodes
                options.Headers["Cookie"] = assessor.CookieHeader();
            }).Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await hub.StartAsync(timeout.Token);
            Assert.Equal(HubConnectionState.Connected, hub.State);
        }
        finally
        {
            var down = await ScriptAsync("down");
            Assert.True(down.Code == 0, down.Error);
        }

        Assert.All(running, pid => Assert.False(IsRunning(pid), $"process {pid} is still running after down"));
        Assert.False(Directory.Exists(folder));
        Assert.False(Directory.Exists(PostgresFolder));
    }

    private static string PostgresFolder => Path.Combine(Path.GetTempPath(), $"iucrecruit-postgres-{PostgresPort}");

    private static async Task<(string? Status, string Silo)> HealthAsync(HttpClient http, Uri url)
    {
        using var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("status").GetString(), body.RootElement.GetProperty("details").GetProperty("silo").GetString()!);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
    }

    /// <summary>Runs the script with its output in files: the processes it leaves running must not hold
    /// a pipe of ours open.</summary>
    private async Task<(int Code, string Output, string Error)> ScriptAsync(string arguments)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        var output = folder + ".out";
        var error = folder + ".err";
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", $"scripts/cluster.sh {arguments} >'{output}' 2>'{error}' </dev/null" },
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.Environment["IUCRECRUIT_CLUSTER_DIR"] = folder;
        start.Environment["IUCRECRUIT_CLUSTER_PORT"] = BalancerPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["IUCRECRUIT_CLUSTER_POSTGRES_PORT"] = PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["IUCRECRUIT_CLUSTER_SILO_PORT"] = "11211";
        start.Environment["IUCRECRUIT_CLUSTER_GATEWAY_PORT"] = "30100";
        start.Environment["IUCRECRUIT_CLUSTER_BUILD"] = "0"; // the test run has built the app and the tool
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        var result = (process.ExitCode, File.ReadAllText(output), File.ReadAllText(error));
        File.Delete(output);
        File.Delete(error);
        return result;
    }

    [GeneratedRegex(@"^node (\d+) (http://127\.0\.0\.1:\d+) pid (\d+)$")]
    private static partial Regex NodeLine();

    [GeneratedRegex(@"^(127\.0\.0\.1:\d+) Active; [12] active in the cluster$")]
    private static partial Regex SiloDetail();
}
