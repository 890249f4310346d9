using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.PostgreSql.Migrations
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
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AccessAuditEntries",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AccessAuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AccessAuditEntries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StaffUserId",
                table: "AccessAuditEntries",
                type: "uuid",
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
