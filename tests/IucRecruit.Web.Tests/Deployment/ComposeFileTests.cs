using System.Diagnostics;
using IucRecruit.Testing;
using YamlDotNet.RepresentationModel;

namespace IucRecruit.Web.Tests.Deployment;

/// <summary>No Docker engine runs here, so the compose file is checked the way CI can: Debian's
/// docker-compose parses and resolves it (PLATFORM.md).</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task The_app_waits_for_a_healthy_postgresql_that_keeps_its_data_in_a_volume()
    {
        var (code, output, error) = await ComposeConfigAsync("docker-compose.yml", "POSTGRES_PASSWORD", "example-secret");

        Assert.True(code == 0, error);
        Assert.Contains("condition: service_healthy", output, StringComparison.Ordinal);
        Assert.Contains("pg_isready -U iucrecruit -d iucrecruit", output, StringComparison.Ordinal);
        Assert.Contains("pgdata:/var/lib/postgresql/data", output, StringComparison.Ordinal);
        Assert.Contains("Database__Provider: PostgreSql", output, StringComparison.Ordinal);
        Assert.Contains("Password=example-secret", output, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT: Production", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replicas_with_clustering_on_share_one_data_volume_behind_an_nginx_balancer()
    {
        var (code, output, error) = await ComposeConfigAsync("docker-compose.yml", "POSTGRES_PASSWORD", "example-secret");

        Assert.True(code == 0, error);
        var services = Services(output);
        var app = services["app"];
        Assert.Equal("2", Scalar(app, "deploy", "replicas"));
        Assert.Equal("true", Scalar(app, "environment", "Cluster__Enabled"));
        Assert.Contains("export Cluster__AdvertisedAddress=$$(getent hosts \"$$HOSTNAME\"", string.Join(' ', Sequence(app, "entrypoint")), StringComparison.Ordinal);
        Assert.Equal(["appdata:/var/lib/iucrecruit:rw"], Sequence(app, "volumes"));
        Assert.False(app.Children.ContainsKey("ports")); // replicas are reached through the balancer only

        var balancer = services["balancer"];
        Assert.StartsWith("nginx:", Scalar(balancer, "image"), StringComparison.Ordinal);
        Assert.Equal("8080", Scalar((YamlMappingNode)((YamlSequenceNode)balancer["ports"])[0], "published"));
        Assert.Contains(Sequence(balancer, "volumes"), v => v.EndsWith("/deploy/nginx/compose.conf:/etc/nginx/conf.d/default.conf:ro", StringComparison.Ordinal));
        Assert.True(File.Exists(RepositoryRoot.Combine("deploy", "nginx", "compose.conf")));
        Assert.Equal("service_healthy", Scalar(balancer, "depends_on", "app", "condition"));
    }

    [Fact]
    public async Task The_app_trusts_forwarded_headers_from_the_balancers_fixed_address_only()
    {
        var (code, output, error) = await ComposeConfigAsync("docker-compose.yml", "POSTGRES_PASSWORD", "example-secret");

        Assert.True(code == 0, error);
        var services = Services(output);
        var balancerAddress = Scalar(services["balancer"], "networks", "default", "ipv4_address");
        Assert.Equal(balancerAddress, Scalar(services["app"], "environment", "ForwardedHeaders__KnownProxies"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(output));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var ipam = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)root["networks"])["default"])["ipam"];
        var subnet = Scalar((YamlMappingNode)((YamlSequenceNode)ipam["config"])[0], "subnet");
        Assert.True(System.Net.IPNetwork.Parse(subnet).Contains(System.Net.IPAddress.Parse(balancerAddress)), $"{balancerAddress} is not in {subnet}");
    }

    [Fact]
    public async Task The_number_of_replicas_comes_from_APP_REPLICAS()
    {
        var (code, output, error) = await ComposeConfigAsync("docker-compose.yml", "POSTGRES_PASSWORD", "example-secret", replicas: "3");

        Assert.True(code == 0, error);
        Assert.Equal("3", Scalar(Services(output)["app"], "deploy", "replicas"));
    }

    [Fact]
    public async Task The_database_password_must_be_supplied()
    {
        var (code, _, error) = await ComposeConfigAsync("docker-compose.yml", "POSTGRES_PASSWORD", null);

        Assert.NotEqual(0, code);
        Assert.Contains("Set POSTGRES_PASSWORD in .env", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_sql_server_the_app_waits_for_microsofts_image_to_answer_a_query_and_uses_its_password()
    {
        var (code, output, error) = await ComposeConfigAsync("docker-compose.sqlserver.yml", "MSSQL_SA_PASSWORD", "Example-Secret-1");

        Assert.True(code == 0, error);
        Assert.Contains("image: mcr.microsoft.com/mssql/server:2022-latest", output, StringComparison.Ordinal);
        Assert.Contains("ACCEPT_EULA: \"Y\"", output, StringComparison.Ordinal);
        Assert.Contains("MSSQL_PID: Developer", output, StringComparison.Ordinal);
        Assert.Contains("condition: service_healthy", output, StringComparison.Ordinal);
        Assert.Contains("/opt/mssql-tools18/bin/sqlcmd", output, StringComparison.Ordinal);
        Assert.Contains("mssqldata:/var/opt/mssql", output, StringComparison.Ordinal);
        Assert.Contains("Database__Provider: SqlServer", output, StringComparison.Ordinal);
        Assert.Contains("Server=db;Database=iucrecruit;User Id=sa;Password=Example-Secret-1;", output, StringComparison.Ordinal);

        var (missingCode, _, missingError) = await ComposeConfigAsync("docker-compose.sqlserver.yml", "MSSQL_SA_PASSWORD", null);
        Assert.NotEqual(0, missingCode);
        Assert.Contains("Set MSSQL_SA_PASSWORD in .env", missingError, StringComparison.Ordinal);
    }

    private static Dictionary<string, YamlMappingNode> Services(string config)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(config));
        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        return services.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (YamlMappingNode)c.Value);
    }

    private static string Scalar(YamlMappingNode node, params string[] path) =>
        ((YamlScalarNode)path.Aggregate((YamlNode)node, (current, key) => ((YamlMappingNode)current)[key])).Value!;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node[key]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    private static async Task<(int Code, string Output, string Error)> ComposeConfigAsync(string file, string passwordVariable, string? password, string? replicas = null)
    {
        // An empty env file: a developer's own .env must not change the result.
        var emptyEnvFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("docker-compose")
        {
            ArgumentList = { "--env-file", emptyEnvFile, "-f", RepositoryRoot.Combine(file), "config" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove(passwordVariable);
        start.Environment.Remove("MSSQL_PID");
        start.Environment.Remove("APP_REPLICAS");
        if (replicas is not null) start.Environment["APP_REPLICAS"] = replicas;
        if (password is not null) start.Environment[passwordVariable] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(emptyEnvFile);
        return (process.ExitCode, await output, await error);
    }
}
