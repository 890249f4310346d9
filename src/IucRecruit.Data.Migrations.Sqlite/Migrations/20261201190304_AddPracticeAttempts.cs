using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPracticeAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PracticeAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PracticeCallId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PracticeCallVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FieldsMatched = table.Column<int>(type: "INTEGER", nullable: true),
                    FieldCount = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: true),
                    CandidateSpeechMs = table.Column<long>(type: "INTEGER", nullable: true),
                    CallerSpeechMs = table.Column<long>(type: "INTEGER", nullable: true),
                    MedianResponseMs = table.Column<long>(type: "INTEGER", nullable: true),
                    LongestResponseMs = table.Column<long>(type: "INTEGER", nullable: true),
                    TurnsHeard = table.Column<int>(type: "INTEGER", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    NotForMeReasons = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeAttempts_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PracticeAttempts_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAttempts_CampaignId_StartedUtc",
                table: "PracticeAttempts",
                columns: new[] { "CampaignId", "StartedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAttempts_CandidateId",
                table: "PracticeAttempts",
                column: "CandidateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PracticeAttempts");
        }
    }
}
