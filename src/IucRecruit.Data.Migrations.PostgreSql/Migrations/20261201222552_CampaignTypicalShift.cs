using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CampaignTypicalShift : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FewestCallsPerShift",
                table: "Campaigns",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MostCallsPerShift",
                table: "Campaigns",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TypicalShiftMinutes",
                table: "Campaigns",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FewestCallsPerShift",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "MostCallsPerShift",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "TypicalShiftMinutes",
                table: "Campaigns");
        }
    }
}
