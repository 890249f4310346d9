namespace IucRecruit.Data.Storage;

public enum DatabaseProvider
{
    /// <summary>Embedded: a file in the data folder, nothing to install.</summary>
    Sqlite,
    /// <summary>Production and multi-node deployments.</summary>
    PostgreSql,
    /// <summary>For the trusts that run SQL Server. Built for, but not exercised by the tests here
    /// (no SQL Server engine can be had on this machine): README, Run on SQL Server.</summary>
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL and SQL Server. For SQLite it defaults to
    /// <c>iucrecruit.db</c> in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the product keeps its files: the SQLite database, recordings and keys.</summary>
    public string DataFolder { get; set; } = "data";

    public string ResolvedConnectionString() => Provider switch
    {
        DatabaseProvider.Sqlite => string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(Path.GetFullPath(DataFolder), "iucrecruit.db")}"
            : ConnectionString,
        DatabaseProvider.PostgreSql or DatabaseProvider.SqlServer => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException(
                $"Database:ConnectionString is required when Database:Provider is {Provider}.")
            : ConnectionString,
        _ => throw new InvalidOperationException($"Unknown database provider '{Provider}'."),
    };
}
