using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IucRecruit.Data.Storage;

/// <summary>
/// Writes many rows of one entity's table with plain multi-row SQL (and, for a large insert on
/// PostgreSQL, its COPY protocol; for adding to counts on SQL Server, MERGE),
/// taking column names and value conversions from the EF Core model, so that each row is stored
/// exactly as EF Core would store it. EF Core's change tracker costs too much for the hundreds of
/// thousands of rows an import or the benchmark data writes; this costs one statement per batch.
/// Runs inside the context's current transaction, if any.
/// </summary>
public sealed class TableWriter<T> where T : class
{
    /// <summary>Parameters per statement on PostgreSQL (its limit is 65,535): one round trip carries
    /// hundreds of rows. SQLite runs in process, so a round trip costs nothing, while binding a
    /// parameter looks its name up among all of the statement's: there, one row per statement,
    /// prepared once, is fastest.</summary>
    private const int PostgreSqlParametersPerStatement = 8000;

    /// <summary>SQL Server takes at most 2,100 parameters in a command and 1,000 rows in a VALUES list.</summary>
    private const int SqlServerParametersPerStatement = 2000;
    private const int SqlServerRowsPerStatement = 1000;

    private readonly RecruitmentDbContext db;
    private readonly string table;
    private readonly List<Column> columns;
    private readonly List<Column> key;
    private readonly ISqlGenerationHelper sql;
    private readonly int parametersPerStatement;

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        public object ProviderValue(object? clrValue) =>
            (clrValue is null ? null : Mapping.Converter?.ConvertToProvider(clrValue) ?? clrValue) ?? DBNull.Value;
    }

    public TableWriter(RecruitmentDbContext db)
    {
        this.db = db;
        parametersPerStatement = db.Database.IsSqlite() ? 1
            : db.Database.IsSqlServer() ? SqlServerParametersPerStatement
            : PostgreSqlParametersPerStatement;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        sql = db.GetService<ISqlGenerationHelper>();
        table = sql.DelimitIdentifier(store.Name, store.Schema);
        columns = entity.GetProperties()
            .Select(p => new Column(p, sql.DelimitIdentifier(p.GetColumnName(store)!), (RelationalTypeMapping)p.GetTypeMapping(), p.GetGetter()))
            .ToList();
        key = entity.FindPrimaryKey()!.Properties.Select(p => columns.Single(c => c.Property == p)).ToList();
    }

    public Task InsertAsync(IReadOnlyCollection<T> rows, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection() is NpgsqlConnection postgres && rows.Count >= CopyFrom
            ? CopyAsync(postgres, rows, cancellationToken)
            : WriteAsync(rows, values => $"INSERT INTO {table} ({ColumnList}) VALUES {values}", cancellationToken);

    private string ColumnList => string.Join(", ", columns.Select(c => c.Name));

    /// <summary>Rows from which PostgreSQL is sent them with COPY, its bulk-load protocol, about
    /// three times as fast as multi-row INSERT.</summary>
    private const int CopyFrom = 1000;

    private async Task CopyAsync(NpgsqlConnection connection, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                // The same provider values as the INSERT path; Npgsql maps each by its CLR type
                // (Guid to uuid, UTC DateTime to timestamptz, DateOnly to date, string to text).
                if (column.ProviderValue(column.Getter.GetClrValue(row)) is var value && value == DBNull.Value)
                    await copy.WriteNullAsync(cancellationToken);
                else
                    await copy.WriteAsync(value, cancellationToken);
            }
        }
        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>Adds each row's <paramref name="countProperty"/> to the stored row with the same key,
    /// inserting rows that are not there yet (ON CONFLICT … DO UPDATE on SQLite 3.24+ and PostgreSQL,
    /// MERGE on SQL Server, which has no ON CONFLICT). Keys must be unique within the call.</summary>
    public Task AddToCountAsync(IReadOnlyCollection<T> rows, string countProperty, CancellationToken cancellationToken)
    {
        var count = columns.Single(c => c.Property.Name == countProperty).Name;
        if (!db.Database.IsSqlServer())
        {
            return WriteAsync(rows, values =>
                $"INSERT INTO {table} ({ColumnList}) VALUES {values}" +
                $" ON CONFLICT ({string.Join(", ", key.Select(k => k.Name))}) DO UPDATE SET {count} = {table}.{count} + excluded.{count}",
                cancellationToken);
        }
        // HOLDLOCK: without it two writers can both miss a key and both insert it.
        return WriteAsync(rows, values =>
            $"MERGE INTO {table} WITH (HOLDLOCK) AS target USING (VALUES {values}) AS source ({ColumnList})" +
            $" ON {string.Join(" AND ", key.Select(k => $"target.{k.Name} = source.{k.Name}"))}" +
            $" WHEN MATCHED THEN UPDATE SET {count} = target.{count} + source.{count}" +
            $" WHEN NOT MATCHED THEN INSERT ({ColumnList}) VALUES ({string.Join(", ", columns.Select(c => "source." + c.Name))});",
            cancellationToken);
    }

    /// <summary>Deletes the rows whose <paramref name="property"/> is one of <paramref name="values"/>.</summary>
    public async Task DeleteWhereAsync(string property, IReadOnlyCollection<object> values, CancellationToken cancellationToken)
    {
        var column = columns.Single(c => c.Property.Name == property);
        foreach (var chunk in values.Chunk(Math.Max(parametersPerStatement, 500)))
        {
            await using var command = await CommandAsync(cancellationToken);
            var names = chunk.Select((value, i) => AddParameter(command, column, $"p{i}", value)).ToList();
            command.CommandText = $"DELETE FROM {table} WHERE {column.Name} IN ({string.Join(", ", names)})";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Writes the rows in batches, each a statement made by <paramref name="statement"/> from
    /// its list of row values.</summary>
    private async Task WriteAsync(IReadOnlyCollection<T> rows, Func<string, string> statement, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var perStatement = Math.Max(1, parametersPerStatement / columns.Count);
        if (db.Database.IsSqlServer()) perStatement = Math.Min(perStatement, SqlServerRowsPerStatement);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                // Full batches reuse one prepared statement and only change the values.
                var command = chunk.Length == perStatement
                    ? full ??= await RowsCommandAsync(perStatement, statement, cancellationToken)
                    : await RowsCommandAsync(chunk.Length, statement, cancellationToken);
                for (var r = 0; r < chunk.Length; r++)
                for (var c = 0; c < columns.Count; c++)
                    command.Parameters[r * columns.Count + c].Value = columns[c].ProviderValue(columns[c].Getter.GetClrValue(chunk[r]));
                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full) await command.DisposeAsync();
            }
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
        }
    }

    private async Task<DbCommand> RowsCommandAsync(int rowCount, Func<string, string> statement, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(cancellationToken);
        var values = new StringBuilder();
        for (var r = 0; r < rowCount; r++)
        {
            values.Append(r == 0 ? "(" : ", (");
            values.AppendJoin(", ", columns.Select((column, c) => AddParameter(command, column, $"p{r}_{c}", null)));
            values.Append(')');
        }
        command.CommandText = statement(values.ToString());
        return command;
    }

    private static string AddParameter(DbCommand command, Column column, string name, object? value)
    {
        var parameter = column.Mapping.CreateParameter(command, "@" + name, value, column.Property.IsNullable);
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }

    private async Task<DbCommand> CommandAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = 600;
        return command;
    }
}
