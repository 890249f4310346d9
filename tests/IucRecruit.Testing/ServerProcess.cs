using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IucRecruit.Testing;

/// <summary>
/// The web app as a process of its own, on a fixed loopback port and data folder, so that a test
/// can kill it outright (as a crash would) and start it again on the same data.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly StringBuilder output = new();
    private readonly Dictionary<string, string> settings;
    private readonly string scheme;
    private Process? process;

    /// <param name="scheme">https for a server with a certificate (the README's production commands);
    /// a test's own self-signed certificate is then accepted by <see cref="CreateClient"/>.</param>
    public ServerProcess(string dataFolder, IReadOnlyDictionary<string, string>? settings = null, string scheme = "http")
    {
        this.scheme = scheme;
        Port = FreePort();
        DataFolder = dataFolder;
        this.settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"{scheme}://127.0.0.1:{Port}",
            ["Database__DataFolder"] = dataFolder,
            ["Scenarios__Folder"] = RepositoryRoot.Combine("scenarios"),
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimits__SignInPerMinute"] = "10000",
            ["RateLimits__InvitationPerMinute"] = "10000",
            ["Retention__DailyPurge"] = "false",
            // As in RecruitmentApp: the tests that test multi-factor sign-in turn it on.
            ["Security__RequireMfaForRoles"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) this.settings[key] = value;
    }

    public int Port { get; }
    public string DataFolder { get; }
    public Uri Address => new($"{scheme}://127.0.0.1:{Port}");

    /// <summary>A client for <see cref="Address"/> that trusts whatever certificate the server shows.</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        AllowAutoRedirect = false,
    }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The running process's id (for measuring its CPU time).</summary>
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>What the server printed, for a failing test's message.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "IucRecruit.Web.dll") },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no flushing.</summary>
    public async Task KillAsync()
    {
        process!.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false }) await KillAsync();
        process?.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = CreateClient();
        http.Timeout = TimeSpan.FromSeconds(2);
        // Generous: a node of a cluster on a busy machine (several nodes starting at once, each
        // migrating, seeding or joining the cluster) has been seen to take close to a minute.
        var deadline = DateTime.UtcNow.AddSeconds(150);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited) throw new InvalidOperationException($"The server stopped while starting:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The server did not become healthy:\n{Output}");
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
