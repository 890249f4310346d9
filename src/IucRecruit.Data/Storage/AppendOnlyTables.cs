using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Storage;

/// <summary>
/// The access audit and the record of erasures are append-only in the database itself, so that not
/// even a bug or a direct SQL session through the product's account rewrites history
/// (docs/decisions/0026): a trigger refuses every update and delete. EF Core's model has no
/// triggers, so each provider's baseline migration adds them with this, in its own dialect; the
/// names are those the hand-written migrations gave, so adopted databases have the same ones.
/// </summary>
public static class AppendOnlyTables
{
    public static readonly IReadOnlyList<string> Names = ["AccessAuditEntries", "DeletionRecords"];

    public static void CreateAppendOnlyTriggers(this MigrationBuilder migrationBuilder)
    {
        foreach (var table in Names)
        {
            var message = $"{table} is append-only: entries cannot be changed or deleted.";
            if (migrationBuilder.IsNpgsql())
            {
                migrationBuilder.Sql($"""
                    CREATE FUNCTION "{table}_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION '{message}'; END $$;
                    CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION "{table}_append_only"();
                    """);
            }
            else if (migrationBuilder.IsSqlServer())
            {
                // An AFTER trigger that throws rolls the statement back. CREATE TRIGGER must start
                // a batch, and EF Core's scripts put a whole migration in one, hence EXEC.
                // TRUNCATE fires no trigger on SQL Server, but needs ALTER on the table, which the
                // product's account should not hold (README, Run on SQL Server).
                migrationBuilder.Sql($"""
                    EXEC(N'CREATE TRIGGER [{table}_append_only] ON [{table}] AFTER UPDATE, DELETE AS
                    BEGIN
                        SET NOCOUNT ON;
                        THROW 50000, N''{message}'', 1;
                    END;');
                    """);
            }
            else
            {
                foreach (var change in new[] { "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER "{table}_no_{change.ToLowerInvariant()}" BEFORE {change} ON "{table}"
                        BEGIN SELECT RAISE(ABORT, '{message}'); END;
                        """);
                }
            }
        }
    }

    /// <summary>For the baseline's Down: SQLite and SQL Server drop a table's triggers with it,
    /// PostgreSQL keeps the trigger functions.</summary>
    public static void DropAppendOnlyTriggers(this MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsNpgsql()) return;
        foreach (var table in Names)
            migrationBuilder.Sql($"""DROP FUNCTION "{table}_append_only"() CASCADE;""");
    }
}
