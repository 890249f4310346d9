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

    private static async Task<(int Code, string Output, string Error)> ComposeConfigAsync(string file, string passwordVariable, string? password)
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
        if (password is not null) start.Environment[passwordVariable] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(emptyEnvFile);
        return (process.ExitCode, await output, await error);
    }
}
