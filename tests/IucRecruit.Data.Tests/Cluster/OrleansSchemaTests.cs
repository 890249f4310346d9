using IucRecruit.Data.Cluster;
using IucRecruit.Testing;
using Npgsql;

namespace IucRecruit.Data.Tests.Cluster;

public sealed class OrleansSchemaTests
{
    // What Orleans 10.4.2's ADO.NET clustering and grain storage look up in OrleansQuery by key.
    private static readonly string[] OrleansQueryKeys =
    [
        "CleanupDefunctSiloEntriesKey", "ClearStorageKey", "DeleteMembershipTableEntriesKey", "DeleteStorageKey",
        "GatewaysQueryKey", "InsertMembershipKey", "InsertMembershipVersionKey", "MembershipReadAllKey",
        "MembershipReadRowKey", "ReadFromStorageKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey",
        "WriteToStorageKey",
    ];

    [Fact]
    public async Task Applied_twice_it_leaves_Orleans_tables_and_queries_once()
    {
        await using var database = await TestDatabase.PostgreSqlAsync();
        var connectionString = database.Options.ConnectionString!;

        await OrleansSchema.EnsureCreatedAsync(connectionString, CancellationToken.None);
        await OrleansSchema.EnsureCreatedAsync(connectionString, CancellationToken.None);

        await using var connection = await OpenAsync(connectionString);
        Assert.Equal(
            ["orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansstorage"],
            await ListAsync(connection, "SELECT tablename FROM pg_tables WHERE tablename LIKE 'orleans%' ORDER BY tablename"));
        Assert.Equal(OrleansQueryKeys, await ListAsync(connection, "SELECT querykey FROM orleansquery ORDER BY querykey"));
    }

    [Fact]
    public async Task The_stored_membership_queries_run_as_Orleans_calls_them()
    {
        await using var database = await TestDatabase.PostgreSqlAsync();
        await OrleansSchema.EnsureCreatedAsync(database.Options.ConnectionString!, CancellationToken.None);
        await using var connection = await OpenAsync(database.Options.ConnectionString!);

        // Orleans inserts the deployment's version row once (1 row), and a second insert changes nothing (0).
        Assert.Equal(1, await RunStoredQueryAsync(connection, "InsertMembershipVersionKey", "iucrecruit"));
        Assert.Equal(0, await RunStoredQueryAsync(connection, "InsertMembershipVersionKey", "iucrecruit"));
        Assert.Equal(["iucrecruit"], await ListAsync(connection, "SELECT deploymentid FROM orleansmembershipversiontable"));
    }

    [Fact]
    public async Task Nodes_starting_together_create_the_tables_once_without_failing()
    {
        await using var database = await TestDatabase.PostgreSqlAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => OrleansSchema.EnsureCreatedAsync(database.Options.ConnectionString!, CancellationToken.None))));

        await using var connection = await OpenAsync(database.Options.ConnectionString!);
        Assert.Equal(OrleansQueryKeys, await ListAsync(connection, "SELECT querykey FROM orleansquery ORDER BY querykey"));
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(reader.GetString(0));
        return values;
    }

    private static async Task<int> RunStoredQueryAsync(NpgsqlConnection connection, string key, string deploymentId)
    {
        await using var lookup = new NpgsqlCommand("SELECT querytext FROM orleansquery WHERE querykey = @key", connection);
        lookup.Parameters.AddWithValue("key", key);
        var text = (string)(await lookup.ExecuteScalarAsync())!;
        await using var command = new NpgsqlCommand(text, connection);
        command.Parameters.AddWithValue("DeploymentId", deploymentId);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
