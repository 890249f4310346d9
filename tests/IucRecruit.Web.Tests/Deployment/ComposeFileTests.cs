using System.Diagnostics;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Deployment;

/// <summary>No Docker engine runs here, so the compose file is checked the way CI can: Debian's
/// docker-compose parses and resolves it (PLATFORM.md).</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task The_app_waits_for_a_healthy_postgresql_that_keeps_its_data_in_a_volume()
    {
        var (code, output, error) = await ComposeConfigAsync(postgresPassword: "example-secret");

        Assert.True(code == 0, error);
        Assert.Contains("condition: service_healthy", output, StringComparison.Ordinal);
        Assert.Contains("pg_isready -U iucrecruit -d iucrecruit", output, StringComparison.Ordinal);
        Assert.Contains("pgdata:/var/lib/postgresql/data", output, StringComparison.Ordinal);
        Assert.Contains("Database__Provider: PostgreSql", output, StringComparison.Ordinal);
        Assert.Contains("Password=example-secret", output, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT: Production", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_password_must_be_supplied()
    {
        var (code, _, error) = await ComposeConfigAsync(postgresPassword: null);

        Assert.NotEqual(0, code);
        Assert.Contains("Set POSTGRES_PASSWORD in .env", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> ComposeConfigAsync(string? postgresPassword)
    {
        // An empty env file: a developer's own .env must not change the result.
        var emptyEnvFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("docker-compose")
        {
            ArgumentList = { "--env-file", emptyEnvFile, "-f", RepositoryRoot.Combine("docker-compose.yml"), "config" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("POSTGRES_PASSWORD");
        if (postgresPassword is not null) start.Environment["POSTGRES_PASSWORD"] = postgresPassword;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(emptyEnvFile);
        return (process.ExitCode, await output, await error);
    }
}
