using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EsrLeavingReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Starters_Covering",
                table: "Starters");

            migrationBuilder.AddColumn<string>(
                name: "EsrLeavingReason",
                table: "Starters",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EsrLeavingReason",
                table: "Employments",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Starters_Covering",
                table: "Starters",
                columns: new[] { "StartedUtc", "DaysInPost", "StartMonth", "LeftMonth", "EsrLeavingReason", "LeavingReason", "Channel", "ContractType", "ScoreBand", "Role", "Site", "AppliedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Starters_Covering",
                table: "Starters");

            migrationBuilder.DropColumn(
                name: "EsrLeavingReason",
                table: "Starters");

            migrationBuilder.DropColumn(
                name: "EsrLeavingReason",
                table: "Employments");

            migrationBuilder.CreateIndex(
                name: "IX_Starters_Covering",
                table: "Starters",
                columns: new[] { "StartedUtc", "DaysInPost", "StartMonth", "LeftMonth", "LeavingReason", "Channel", "ContractType", "ScoreBand", "Role", "Site", "AppliedUtc" });
        }
    }
}
