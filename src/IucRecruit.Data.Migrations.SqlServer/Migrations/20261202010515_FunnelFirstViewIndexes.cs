using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FunnelFirstViewIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Starters_AssessmentDay",
                table: "Starters");

            migrationBuilder.DropIndex(
                name: "IX_Starters_CampaignId",
                table: "Starters");

            migrationBuilder.DropIndex(
                name: "IX_CandidateProgress_AssessmentDay",
                table: "CandidateProgress");

            migrationBuilder.CreateIndex(
                name: "IX_Starters_CampaignRetention",
                table: "Starters",
                columns: new[] { "CampaignId", "DaysInPost", "StartedUtc", "ScoreBand" });

            migrationBuilder.CreateIndex(
                name: "IX_Starters_DayRetention",
                table: "Starters",
                columns: new[] { "AssessmentDay", "DaysInPost", "StartedUtc", "ScoreBand" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateProgress_DayPositions",
                table: "CandidateProgress",
                columns: new[] { "AssessmentDay", "ReachedStages", "SkippedStages", "CurrentStage", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_CreatedUtc",
                table: "Campaigns",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_SiteRoleStages",
                table: "Campaigns",
                columns: new[] { "Site", "Role", "Stages" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Starters_CampaignRetention",
                table: "Starters");

            migrationBuilder.DropIndex(
                name: "IX_Starters_DayRetention",
                table: "Starters");

            migrationBuilder.DropIndex(
                name: "IX_CandidateProgress_DayPositions",
                table: "CandidateProgress");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_CreatedUtc",
                table: "Campaigns");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_SiteRoleStages",
                table: "Campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_Starters_AssessmentDay",
                table: "Starters",
                column: "AssessmentDay");

            migrationBuilder.CreateIndex(
                name: "IX_Starters_CampaignId",
                table: "Starters",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateProgress_AssessmentDay",
                table: "CandidateProgress",
                column: "AssessmentDay");
        }
    }
}
