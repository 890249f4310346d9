using System.Data.Common;
using IucRecruit.Data;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Testing;

/// <summary>
/// Reads a database's schema back from the database itself, one line per fact (a column with its
/// type, nullability and default; an index; a key; a foreign key; a trigger), sorted, so that two schemas can
/// be compared line by line. Column order is left out: it carries no meaning.
/// </summary>
public static class SchemaDescription
{
    /// <summary>EF Core's own bookkeeping tables start with two underscores; they are not part of
    /// the model.</summary>
    private const string EfTables = "\\_\\_EF%";

    public static async Task<IReadOnlyList<string>> ReadAsync(RecruitmentDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var lines = db.Database.IsSqlite() ? await SqliteAsync(connection) : await PostgreSqlAsync(connection);
            return lines.Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            $"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '{EfTables}' ESCAPE '\\'");
        foreach (var table in tables)
        {
            var name = table[0]!;
            if (table[1]!.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)) lines.Add($"{name}: autoincrement key");
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{name}')"))
                lines.Add($"{name}.{c[0]}: {c[1]} {(c[2] == "1" ? "NOT NULL" : "NULL")} default={c[3]} pk={c[4]}");
            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{name}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"{name}: index {i[0]} ({string.Join(", ", columns.Select(x => x[0]))}) unique={i[1]} origin={i[2]}");
            }
            foreach (var f in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{name}')"))
                lines.Add($"{name}: foreign key ({f[1]}) references {f[0]}({f[2]}) on delete {f[3]}");
        }
        foreach (var t in await QueryAsync(connection, "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'"))
            lines.Add($"{t[0]}: trigger {t[1]} {t[2]}");
        return lines;
    }

    private static async Task<List<string>> PostgreSqlAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, $"""
            SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default, is_identity, identity_generation
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '{EfTables}'
            """))
            lines.Add($"{c[0]}.{c[1]}: {c[2]}({c[3]}) nullable={c[4]} default={c[5]} identity={c[6]} {c[7]}");
        foreach (var i in await QueryAsync(connection, $"""
            SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '{EfTables}'
            """))
            lines.Add($"{i[0]}: {i[1]}");
        foreach (var k in await QueryAsync(connection, $"""
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"{EfTables}"'
            """))
            lines.Add($"{k[0]}: constraint {k[1]} {k[2]}");
        foreach (var t in await QueryAsync(connection, "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal"))
            lines.Add($"{t[0]}: trigger {t[1]} {t[2]}");
        return lines;
    }

    private static async Task<List<string?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }
        return rows;
    }
}
