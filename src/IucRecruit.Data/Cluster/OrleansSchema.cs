using Npgsql;

namespace IucRecruit.Data.Cluster;

/// <summary>
/// Creates the tables Orleans' ADO.NET clustering and persistence use, from Orleans' own scripts
/// (vendored unchanged in <c>Cluster/ThirdParty/Orleans</c>), so that a cluster on PostgreSQL needs no
/// manual step. The scripts are plain <c>CREATE</c>s that fail when run twice, so each runs only when
/// the table it creates is missing.
/// </summary>
public static class OrleansSchema
{
    /// <summary>Each script, in the order they must run, with the table whose presence says it has run.
    /// Main creates <c>OrleansQuery</c>, which the other two fill with their queries.</summary>
    private static readonly (string Table, string Script)[] Scripts =
    [
        ("orleansquery", "PostgreSQL-Main.sql"),
        ("orleansmembershiptable", "PostgreSQL-Clustering.sql"),
        ("orleansstorage", "PostgreSQL-Persistence.sql"),
    ];

    public static async Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Nodes of a new cluster start together: without the lock two would both see no table and the
        // second's CREATE would fail. The lock is released with the transaction, and PostgreSQL's DDL is
        // transactional, so a script that fails half-way leaves nothing behind to trip the next start.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('iucrecruit.orleans-schema'))", cancellationToken);

        foreach (var (table, script) in Scripts)
        {
            if (!await TableExistsAsync(connection, table, cancellationToken))
                await ExecuteAsync(connection, ReadScript(script), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        // to_regclass resolves the name through the search path, where the scripts create their tables.
        await using var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(OrleansSchema).Assembly.GetManifestResourceStream($"Orleans/{name}")
            ?? throw new InvalidOperationException($"The Orleans script {name} is not embedded in {typeof(OrleansSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
