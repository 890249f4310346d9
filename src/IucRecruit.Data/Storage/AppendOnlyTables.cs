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

    /// <summary>
    /// The access audit's triggers once its entries are chained (docs/decisions/0056): still no
    /// delete and no change, except the one update that seals an entry written before the chain
    /// existed, giving it its place and hash and changing nothing else. The table's other columns
    /// are named here because that is what "nothing else" means; a later column must join them.
    /// On SQLite this also puts back the triggers that rebuilding the table drops.
    /// </summary>
    public static void CreateChainedAuditTriggers(this MigrationBuilder migrationBuilder)
    {
        const string table = "AccessAuditEntries";
        const string message = $"{table} is append-only: entries cannot be changed or deleted.";
        string[] fixedColumns = ["Id", "AtUtc", "UserId", "UserName", "Action", "CandidateId", "MockCallId", "StaffUserId", "Detail"];
        if (migrationBuilder.IsNpgsql())
        {
            var unchanged = $"""({string.Join(", ", fixedColumns.Select(c => $"NEW.\"{c}\""))}) IS NOT DISTINCT FROM ({string.Join(", ", fixedColumns.Select(c => $"OLD.\"{c}\""))})""";
            migrationBuilder.Sql($"""
                DROP TRIGGER "{table}_append_only" ON "{table}";
                CREATE TRIGGER "{table}_append_only" BEFORE DELETE OR TRUNCATE ON "{table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "{table}_append_only"();
                CREATE FUNCTION "{table}_sealed_once"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD."Hash" IS NULL AND OLD."Sequence" IS NULL AND {unchanged} THEN RETURN NEW; END IF;
                    RAISE EXCEPTION '{message}';
                END $$;
                CREATE TRIGGER "{table}_sealed_once" BEFORE UPDATE ON "{table}"
                FOR EACH ROW EXECUTE FUNCTION "{table}_sealed_once"();
                """);
        }
        else if (migrationBuilder.IsSqlServer())
        {
            var columns = string.Join(", ", fixedColumns.Select(c => $"[{c}]"));
            migrationBuilder.Sql($"""
                EXEC(N'CREATE OR ALTER TRIGGER [{table}_append_only] ON [{table}] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF NOT EXISTS (SELECT 1 FROM inserted) OR EXISTS (
                        SELECT 1 FROM deleted d LEFT JOIN inserted i ON i.[Id] = d.[Id]
                        WHERE i.[Id] IS NULL OR d.[Hash] IS NOT NULL OR d.[Sequence] IS NOT NULL
                           OR EXISTS (SELECT {columns.Replace("[", "d.[", StringComparison.Ordinal)} EXCEPT SELECT {columns.Replace("[", "i.[", StringComparison.Ordinal)}))
                        THROW 50000, N''{message}'', 1;
                END;');
                """);
        }
        else
        {
            var unchanged = string.Join(" AND ", fixedColumns.Select(c => $"NEW.\"{c}\" IS OLD.\"{c}\""));
            migrationBuilder.Sql($"""
                DROP TRIGGER IF EXISTS "{table}_no_update";
                DROP TRIGGER IF EXISTS "{table}_no_delete";
                CREATE TRIGGER "{table}_no_update" BEFORE UPDATE ON "{table}"
                WHEN NOT (OLD."Hash" IS NULL AND OLD."Sequence" IS NULL AND {unchanged})
                BEGIN SELECT RAISE(ABORT, '{message}'); END;
                CREATE TRIGGER "{table}_no_delete" BEFORE DELETE ON "{table}"
                BEGIN SELECT RAISE(ABORT, '{message}'); END;
                """);
        }
    }

    /// <summary>The Down of <see cref="CreateChainedAuditTriggers"/>: the baseline's plain triggers again.</summary>
    public static void DropChainedAuditTriggers(this MigrationBuilder migrationBuilder)
    {
        const string table = "AccessAuditEntries";
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql($"""
                DROP FUNCTION "{table}_sealed_once"() CASCADE;
                DROP TRIGGER "{table}_append_only" ON "{table}";
                CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "{table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "{table}_append_only"();
                """);
            return;
        }
        var message = $"{table} is append-only: entries cannot be changed or deleted.";
        if (migrationBuilder.IsSqlServer())
        {
            migrationBuilder.Sql($"""
                EXEC(N'CREATE OR ALTER TRIGGER [{table}_append_only] ON [{table}] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 50000, N''{message}'', 1;
                END;');
                """);
            return;
        }
        foreach (var change in new[] { "UPDATE", "DELETE" })
        {
            migrationBuilder.Sql($"""
                DROP TRIGGER IF EXISTS "{table}_no_{change.ToLowerInvariant()}";
                CREATE TRIGGER "{table}_no_{change.ToLowerInvariant()}" BEFORE {change} ON "{table}"
                BEGIN SELECT RAISE(ABORT, '{message}'); END;
                """);
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
