using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Migrations;

/// <summary>Data protection: the access audit (absorbing the recordings' access log), the record of
/// erasures and purges, both append-only by trigger, and when a candidate's data was erased.</summary>
[DbContext(typeof(RecruitmentDbContext))]
[Migration("20261126090000_DataProtection")]
public sealed class DataProtection : Migration
{
    private static readonly string[] AppendOnlyTables = ["AccessAuditEntries", "DeletionRecords"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("AssessmentErasedUtc", "Candidates", nullable: true);
        migrationBuilder.AddColumn<DateTime>("IdentityErasedUtc", "Candidates", nullable: true);

        migrationBuilder.CreateTable(
            name: "AccessAuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                CandidateId = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AccessAuditEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_AccessAuditEntries_AtUtc", "AccessAuditEntries", "AtUtc");
        migrationBuilder.CreateIndex("IX_AccessAuditEntries_CandidateId_AtUtc", "AccessAuditEntries", ["CandidateId", "AtUtc"]);
        migrationBuilder.CreateIndex("IX_AccessAuditEntries_UserId_AtUtc", "AccessAuditEntries", ["UserId", "AtUtc"]);

        migrationBuilder.CreateTable(
            name: "DeletionRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                CandidateCount = table.Column<int>(nullable: false),
                Summary = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DeletionRecords", x => x.Id));
        migrationBuilder.CreateIndex("IX_DeletionRecords_AtUtc", "DeletionRecords", "AtUtc");

        // The recordings' own access log becomes part of the one audit: every listen so far is kept.
        migrationBuilder.Sql("""
            INSERT INTO "AccessAuditEntries" ("Id", "AtUtc", "UserId", "UserName", "Action", "CandidateId", "MockCallId")
            SELECT a."Id", a."AtUtc", a."UserId", COALESCE(u."DisplayName", ''), 'ListenedToRecording', c."CandidateId", r."MockCallId"
            FROM "RecordingAccesses" a
            JOIN "CallRecordings" r ON r."Id" = a."CallRecordingId"
            JOIN "MockCalls" c ON c."Id" = r."MockCallId"
            LEFT JOIN "AspNetUsers" u ON u."Id" = a."UserId"
            """);
        migrationBuilder.DropTable("RecordingAccesses");

        foreach (var table in AppendOnlyTables) AppendOnly(migrationBuilder, table);
    }

    /// <summary>A trigger that refuses every update and delete of <paramref name="table"/>, so that
    /// not even a bug or a direct SQL session through the product's account rewrites history.</summary>
    private static void AppendOnly(MigrationBuilder migrationBuilder, string table)
    {
        var message = $"{table} is append-only: entries cannot be changed or deleted.";
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION "{table}_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '{message}'; END $$;
                CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "{table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "{table}_append_only"();
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

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            foreach (var table in AppendOnlyTables)
                migrationBuilder.Sql($"""DROP FUNCTION "{table}_append_only"() CASCADE;""");
        }
        migrationBuilder.DropTable("DeletionRecords");
        migrationBuilder.DropTable("AccessAuditEntries");
        migrationBuilder.DropColumn("AssessmentErasedUtc", "Candidates");
        migrationBuilder.DropColumn("IdentityErasedUtc", "Candidates");
        migrationBuilder.CreateTable(
            name: "RecordingAccesses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CallRecordingId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RecordingAccesses", x => x.Id);
                table.ForeignKey("FK_RecordingAccesses_CallRecordings_CallRecordingId", x => x.CallRecordingId,
                    "CallRecordings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_RecordingAccesses_CallRecordingId", "RecordingAccesses", "CallRecordingId");
    }
}
