using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Migrations;

/// <summary>The scenario library's state in the database (the content itself is files): retired
/// items, every exposure of a candidate to an item, and listening-exercise attempts with their
/// marked answers.</summary>
[DbContext(typeof(RecruitmentDbContext))]
[Migration("20261122090000_Scenarios")]
public sealed class Scenarios : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ScenarioStates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ScenarioId = table.Column<string>(maxLength: 60, nullable: false),
                Retired = table.Column<bool>(nullable: false),
                ChangedUtc = table.Column<DateTime>(nullable: false),
                ChangedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ScenarioStates", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ScenarioExposures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ScenarioId = table.Column<string>(maxLength: 60, nullable: false),
                ScenarioVersion = table.Column<string>(maxLength: 64, nullable: false),
                CandidateId = table.Column<Guid>(nullable: false),
                OccurredUtc = table.Column<DateTime>(nullable: false),
                Purpose = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ScenarioExposures", x => x.Id);
                table.ForeignKey("FK_ScenarioExposures_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ListeningAttempts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CandidateId = table.Column<Guid>(nullable: false),
                ExerciseId = table.Column<string>(maxLength: 60, nullable: false),
                ExerciseVersion = table.Column<string>(maxLength: 64, nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: false),
                TimeLimitSeconds = table.Column<int>(nullable: false),
                ExtraTimePercent = table.Column<int>(nullable: false),
                DeadlineUtc = table.Column<DateTime>(nullable: false),
                PlaysAllowed = table.Column<int>(nullable: false),
                PlaysUsed = table.Column<int>(nullable: false),
                HandedInUtc = table.Column<DateTime>(nullable: true),
                Late = table.Column<bool>(nullable: false),
                Marks = table.Column<int>(nullable: true),
                MaxMarks = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ListeningAttempts", x => x.Id);
                table.ForeignKey("FK_ListeningAttempts_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ListeningAnswers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AttemptId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                QuestionId = table.Column<string>(maxLength: 60, nullable: false),
                Answer = table.Column<string>(maxLength: 500, nullable: false),
                Marks = table.Column<int>(nullable: false),
                MaxMarks = table.Column<int>(nullable: false),
                Explanation = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ListeningAnswers", x => x.Id);
                table.ForeignKey("FK_ListeningAnswers_ListeningAttempts_AttemptId", x => x.AttemptId,
                    "ListeningAttempts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ScenarioStates_ScenarioId", "ScenarioStates", "ScenarioId", unique: true);
        migrationBuilder.CreateIndex("IX_ScenarioExposures_ScenarioId", "ScenarioExposures", "ScenarioId");
        migrationBuilder.CreateIndex("IX_ScenarioExposures_CandidateId_ScenarioId", "ScenarioExposures", ["CandidateId", "ScenarioId"]);
        migrationBuilder.CreateIndex("IX_ListeningAttempts_CandidateId", "ListeningAttempts", "CandidateId", unique: true);
        migrationBuilder.CreateIndex("IX_ListeningAnswers_AttemptId", "ListeningAnswers", "AttemptId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ListeningAnswers");
        migrationBuilder.DropTable("ListeningAttempts");
        migrationBuilder.DropTable("ScenarioExposures");
        migrationBuilder.DropTable("ScenarioStates");
    }
}
