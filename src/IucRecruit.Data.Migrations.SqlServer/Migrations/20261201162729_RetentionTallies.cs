using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RetentionTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_FunnelPositionTallies",
                table: "FunnelPositionTallies");

            migrationBuilder.DropIndex(
                name: "IX_FunnelPositionTallies_Covering",
                table: "FunnelPositionTallies");

            migrationBuilder.AddColumn<string>(
                name: "Site",
                table: "FunnelPositionTallies",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_FunnelPositionTallies",
                table: "FunnelPositionTallies",
                columns: new[] { "Site", "ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth" });

            migrationBuilder.CreateTable(
                name: "RetentionTallies",
                columns: table => new
                {
                    Site = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AppliedMonth = table.Column<int>(type: "int", nullable: false),
                    ScoreBand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WeeksInPost = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionTallies", x => new { x.Site, x.Role, x.Channel, x.ScoreBand, x.WeeksInPost, x.StartedOn, x.AppliedMonth });
                });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelPositionTallies_Covering",
                table: "FunnelPositionTallies",
                columns: new[] { "Site", "ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionTallies_Covering",
                table: "RetentionTallies",
                columns: new[] { "Site", "Role", "Channel", "ScoreBand", "WeeksInPost", "StartedOn", "AppliedMonth", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RetentionTallies");

            migrationBuilder.DropPrimaryKey(
                name: "PK_FunnelPositionTallies",
                table: "FunnelPositionTallies");

            migrationBuilder.DropIndex(
                name: "IX_FunnelPositionTallies_Covering",
                table: "FunnelPositionTallies");

            migrationBuilder.DropColumn(
                name: "Site",
                table: "FunnelPositionTallies");

            migrationBuilder.AddPrimaryKey(
                name: "PK_FunnelPositionTallies",
                table: "FunnelPositionTallies",
                columns: new[] { "ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelPositionTallies_Covering",
                table: "FunnelPositionTallies",
                columns: new[] { "ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth", "Count" });
        }
    }
}
