using IucRecruit.Data.Cluster;
using IucRecruit.Testing;
using Npgsql;

namespace IucRecruit.Cli.Tests.Cluster;

public sealed class ClusterStatusCommandTests
{
    [Fact]
    public async Task Status_prints_each_silo_of_the_cluster_with_Orleans_status_word_and_start_time()
    {
        await using var database = await TestDatabase.PostgreSqlAsync();
        var connectionString = database.Options.ConnectionString!;
        await OrleansSchema.EnsureCreatedAsync(connectionString, CancellationToken.None);
        // Rows as Orleans writes them: 3 is SiloStatus.Active, 6 Dead, 2 Joining. The other cluster's silo is not listed;
        // the rest come in the order they started.
        await ExecuteAsync(connectionString,
            """
            INSERT INTO orleansmembershipversiontable (deploymentid) VALUES ('iucrecruit'), ('other');
            INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime) VALUES
              ('iucrecruit', '127.0.0.1', 11112, 2, 'node2', 'box', 3, 30001, '2026-12-01 10:00:05+00', '2026-12-01 10:05:00+00'),
              ('iucrecruit', '127.0.0.1', 11111, 1, 'node1', 'box', 6, 30000, '2026-12-01 10:00:00+00', '2026-12-01 10:01:00+00'),
              ('iucrecruit', '127.0.0.1', 11111, 3, 'node1', 'box', 2, 30000, '2026-12-01 10:02:30+00', '2026-12-01 10:02:30+00'),
              ('other', '10.0.0.9', 11111, 1, 'elsewhere', 'far', 3, 30000, '2026-12-01 09:00:00+00', '2026-12-01 10:05:00+00');
            """);

        var run = await CliRun.RunAsync("", "cluster", "status", "--provider", "PostgreSql", "--connection-string", connectionString);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "127.0.0.1:11111 Dead started 2026-12-01T10:00:00Z name node1 host box",
                "127.0.0.1:11112 Active started 2026-12-01T10:00:05Z name node2 host box",
                "127.0.0.1:11111 Joining started 2026-12-01T10:02:30Z name node1 host box",
            ],
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Status_says_clustering_is_not_in_use_on_SQLite()
    {
        await using var database = TestDatabase.Sqlite();

        var run = await CliRun.RunAsync("", "cluster", "status", "--data-folder", database.Options.DataFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("Clustering is not in use: the database is Sqlite", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_says_clustering_is_not_in_use_when_the_database_has_no_membership_table()
    {
        await using var database = await TestDatabase.PostgreSqlAsync();

        var run = await CliRun.RunAsync("", "cluster", "status", "--provider", "PostgreSql", "--connection-string", database.Options.ConnectionString!);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no Orleans membership table", run.Error, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
