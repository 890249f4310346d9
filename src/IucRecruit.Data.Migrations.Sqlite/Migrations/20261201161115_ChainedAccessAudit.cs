using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChainedAccessAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "CandidateId",
                table: "AccessAuditEntries",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AccessAuditEntries",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AccessAuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AccessAuditEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StaffUserId",
                table: "AccessAuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessAuditEntries_Sequence",
                table: "AccessAuditEntries",
                column: "Sequence");

            migrationBuilder.CreateIndex(
                name: "IX_AccessAuditEntries_StaffUserId_AtUtc",
                table: "AccessAuditEntries",
                columns: new[] { "StaffUserId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccessAuditEntries_Sequence",
                table: "AccessAuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AccessAuditEntries_StaffUserId_AtUtc",
                table: "AccessAuditEntries");

            migrationBuilder.DropColumn(
                name: "Detail",
                table: "AccessAuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AccessAuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AccessAuditEntries");

            migrationBuilder.DropColumn(
                name: "StaffUserId",
                table: "AccessAuditEntries");

            migrationBuilder.AlterColumn<Guid>(
                name: "CandidateId",
                table: "AccessAuditEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
