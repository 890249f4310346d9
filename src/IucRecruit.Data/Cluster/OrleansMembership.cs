using Npgsql;

namespace IucRecruit.Data.Cluster;

/// <summary>One row of Orleans' membership table: a silo as the cluster last recorded it.</summary>
public sealed record SiloEntry(
    string Address, int Port, int Generation, string SiloName, string HostName, string Status,
    int? GatewayPort, DateTime StartedUtc, DateTime LastAliveUtc);

/// <summary>
/// Reads Orleans' membership table directly, so that an operator can see a cluster's silos even when
/// none of them answers.
/// </summary>
public static class OrleansMembership
{
    /// <summary>The silos of <paramref name="clusterId"/> (Orleans' deployment id) by start time, or
    /// null when the database has no membership table: no node has run with clustering on.</summary>
    public static async Task<IReadOnlyList<SiloEntry>?> ReadAsync(string connectionString, string clusterId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('orleansmembershiptable') IS NOT NULL", connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
                return null;
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime
            FROM orleansmembershiptable WHERE deploymentid = @cluster
            ORDER BY starttime, address, port
            """, connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var silos = new List<SiloEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            silos.Add(new SiloEntry(
                reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                StatusName(reader.GetInt32(5)), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.GetDateTime(7), reader.GetDateTime(8)));
        }
        return silos;
    }

    /// <summary>The status word Orleans uses for the integer it stores: its <c>Orleans.Runtime.SiloStatus</c>
    /// enum (src/Orleans.Core/Runtime/SiloStatus.cs), written out here so that reading a table does not
    /// need the Orleans runtime.</summary>
    public static string StatusName(int status) => status switch
    {
        0 => "None",
        1 => "Created",
        2 => "Joining",
        3 => "Active",
        4 => "ShuttingDown",
        5 => "Stopping",
        6 => "Dead",
        _ => $"Unknown({status})",
    };
}
