using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MostCallsPerShift",
                table: "Campaigns",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TypicalShiftMinutes",
                table: "Campaigns",
                type: "int",
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
