using IucRecruit.Data;
using IucRecruit.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

using Xunit;

namespace IucRecruit.Testing;

/// <summary>
/// An empty database of its own for one test or fixture, deleted afterwards. PostgreSQL tests use
/// the private cluster that <c>./test.sh</c> starts (scripts/test-postgres.sh) and fail, rather than
/// skip, when it is not there: both providers are part of what the product promises.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "IUCRECRUIT_TEST_POSTGRES";

    private readonly Func<ValueTask> cleanup;

    private TestDatabase(DatabaseOptions options, Func<ValueTask> cleanup)
    {
        Options = options;
        this.cleanup = cleanup;
    }

    public DatabaseOptions Options { get; }

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Task.FromResult(Sqlite()),
        DatabaseProvider.PostgreSql => PostgreSqlAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static TestDatabase Sqlite()
    {
        var folder = TemporaryFolder();
        return new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = folder }, () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return ValueTask.CompletedTask;
        });
    }

    public static async Task<TestDatabase> PostgreSqlAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with ./test.sh, which starts a private PostgreSQL " +
                "cluster, or start one yourself: eval \"$(scripts/test-postgres.sh start)\".");

        var name = "iuc_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var folder = TemporaryFolder();
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = connectionString,
            DataFolder = folder,
        };
        return new TestDatabase(options, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            Directory.Delete(folder, recursive: true);
        });
    }

    public RecruitmentDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<RecruitmentDbContext>();
        builder.UseConfiguredProvider(Options);
        return new RecruitmentDbContext(builder.Options);
    }

    /// <summary>Runs a whole SQL script, many statements in one command, as a database
    /// administrator would run a migration script.</summary>
    public async Task ExecuteScriptAsync(string script)
    {
        await using var db = CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => cleanup();

    private static string TemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "iucrecruit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
