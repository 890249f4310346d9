using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IucRecruit.Data.Storage;

/// <summary>
/// Writes many rows of one entity's table with plain multi-row SQL that both providers accept (and,
/// for a large insert on PostgreSQL, its COPY protocol),
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
        parametersPerStatement = db.Database.IsSqlite() ? 1 : PostgreSqlParametersPerStatement;
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
            : WriteAsync(rows, "", cancellationToken);

    /// <summary>Rows from which PostgreSQL is sent them with COPY, its bulk-load protocol, about
    /// three times as fast as multi-row INSERT.</summary>
    private const int CopyFrom = 1000;

    private async Task CopyAsync(NpgsqlConnection connection, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
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
    /// inserting rows that are not there yet (ON CONFLICT … DO UPDATE, SQLite 3.24+ and PostgreSQL).
    /// Keys must be unique within the call.</summary>
    public Task AddToCountAsync(IReadOnlyCollection<T> rows, string countProperty, CancellationToken cancellationToken)
    {
        var count = columns.Single(c => c.Property.Name == countProperty).Name;
        return WriteAsync(rows,
            $" ON CONFLICT ({string.Join(", ", key.Select(k => k.Name))}) DO UPDATE SET {count} = {table}.{count} + excluded.{count}",
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

    private async Task WriteAsync(IReadOnlyCollection<T> rows, string suffix, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var perStatement = Math.Max(1, parametersPerStatement / columns.Count);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                // Full batches reuse one prepared statement and only change the values.
                var command = chunk.Length == perStatement
                    ? full ??= await InsertCommandAsync(perStatement, suffix, cancellationToken)
                    : await InsertCommandAsync(chunk.Length, suffix, cancellationToken);
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

    private async Task<DbCommand> InsertCommandAsync(int rowCount, string suffix, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(cancellationToken);
        var text = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            text.AppendJoin(", ", columns.Select((column, c) => AddParameter(command, column, $"p{r}_{c}", null)));
            text.Append(')');
        }
        command.CommandText = text.Append(suffix).ToString();
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
