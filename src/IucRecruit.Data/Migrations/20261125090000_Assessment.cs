using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Migrations;

/// <summary>Mock-call assessment: assessors' scorecards, moderation, results, feedback for the
/// candidate and speech analytics per call; calibration sets, their items, assessors and scorecards.</summary>
[DbContext(typeof(RecruitmentDbContext))]
[Migration("20261125090000_Assessment")]
public sealed class Assessment : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MockCallScorecards",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: false),
                AssessorUserId = table.Column<Guid>(nullable: false),
                SubmittedUtc = table.Column<DateTime>(nullable: false),
                Sheet = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MockCallScorecards", x => x.Id);
                table.ForeignKey("FK_MockCallScorecards_MockCalls_MockCallId", x => x.MockCallId, "MockCalls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MockCallModerations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: false),
                ModeratorUserId = table.Column<Guid>(nullable: false),
                ModeratedUtc = table.Column<DateTime>(nullable: false),
                Decision = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MockCallModerations", x => x.Id);
                table.ForeignKey("FK_MockCallModerations_MockCalls_MockCallId", x => x.MockCallId, "MockCalls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MockCallResults",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: false),
                CandidateId = table.Column<Guid>(nullable: false),
                Passed = table.Column<bool>(nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                DecidedUtc = table.Column<DateTime>(nullable: false),
                Scores = table.Column<string>(nullable: false),
                Accuracy = table.Column<string>(nullable: false),
                FunnelMovedUtc = table.Column<DateTime>(nullable: true),
                FunnelRefusal = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MockCallResults", x => x.Id);
                table.ForeignKey("FK_MockCallResults_MockCalls_MockCallId", x => x.MockCallId, "MockCalls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CandidateFeedback",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: false),
                CandidateId = table.Column<Guid>(nullable: false),
                Strengths = table.Column<string>(maxLength: 2000, nullable: false),
                DevelopmentPoints = table.Column<string>(maxLength: 2000, nullable: false),
                WrittenByUserId = table.Column<Guid>(nullable: false),
                WrittenUtc = table.Column<DateTime>(nullable: false),
                PublishedByUserId = table.Column<Guid>(nullable: true),
                PublishedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CandidateFeedback", x => x.Id);
                table.ForeignKey("FK_CandidateFeedback_MockCalls_MockCallId", x => x.MockCallId, "MockCalls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CallSpeechAnalytics",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: false),
                DurationMs = table.Column<long>(nullable: false),
                CallerTalkMs = table.Column<long>(nullable: false),
                CandidateTalkMs = table.Column<long>(nullable: false),
                CandidateTalkRatio = table.Column<double>(nullable: true),
                Interruptions = table.Column<int>(nullable: false),
                Responses = table.Column<int>(nullable: false),
                MedianResponseLatencyMs = table.Column<long>(nullable: true),
                WorstResponseLatencyMs = table.Column<long>(nullable: true),
                LongestSilenceMs = table.Column<long>(nullable: true),
                LongestSilenceAtMs = table.Column<long>(nullable: true),
                RecordingSha256 = table.Column<string>(maxLength: 64, nullable: false),
                AnalysedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CallSpeechAnalytics", x => x.Id);
                table.ForeignKey("FK_CallSpeechAnalytics_MockCalls_MockCallId", x => x.MockCallId, "MockCalls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CalibrationSets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CalibrationSets", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CalibrationItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CalibrationSetId = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Reference = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CalibrationItems", x => x.Id);
                table.ForeignKey("FK_CalibrationItems_CalibrationSets_CalibrationSetId", x => x.CalibrationSetId, "CalibrationSets", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CalibrationItems_MockCalls_MockCallId", x => x.MockCallId, "MockCalls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CalibrationAssignments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CalibrationSetId = table.Column<Guid>(nullable: false),
                AssessorUserId = table.Column<Guid>(nullable: false),
                AssignedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CalibrationAssignments", x => x.Id);
                table.ForeignKey("FK_CalibrationAssignments_CalibrationSets_CalibrationSetId", x => x.CalibrationSetId, "CalibrationSets", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CalibrationScorecards",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CalibrationItemId = table.Column<Guid>(nullable: false),
                AssessorUserId = table.Column<Guid>(nullable: false),
                SubmittedUtc = table.Column<DateTime>(nullable: false),
                Sheet = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CalibrationScorecards", x => x.Id);
                table.ForeignKey("FK_CalibrationScorecards_CalibrationItems_CalibrationItemId", x => x.CalibrationItemId, "CalibrationItems", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_MockCallScorecards_MockCallId_AssessorUserId", "MockCallScorecards", ["MockCallId", "AssessorUserId"], unique: true);
        migrationBuilder.CreateIndex("IX_MockCallScorecards_AssessorUserId", "MockCallScorecards", "AssessorUserId");
        migrationBuilder.CreateIndex("IX_MockCallModerations_MockCallId", "MockCallModerations", "MockCallId", unique: true);
        migrationBuilder.CreateIndex("IX_MockCallResults_MockCallId", "MockCallResults", "MockCallId", unique: true);
        migrationBuilder.CreateIndex("IX_MockCallResults_CandidateId", "MockCallResults", "CandidateId");
        migrationBuilder.CreateIndex("IX_CandidateFeedback_MockCallId", "CandidateFeedback", "MockCallId", unique: true);
        migrationBuilder.CreateIndex("IX_CandidateFeedback_CandidateId", "CandidateFeedback", "CandidateId");
        migrationBuilder.CreateIndex("IX_CallSpeechAnalytics_MockCallId", "CallSpeechAnalytics", "MockCallId", unique: true);
        migrationBuilder.CreateIndex("IX_CalibrationItems_CalibrationSetId_MockCallId", "CalibrationItems", ["CalibrationSetId", "MockCallId"], unique: true);
        migrationBuilder.CreateIndex("IX_CalibrationItems_MockCallId", "CalibrationItems", "MockCallId");
        migrationBuilder.CreateIndex("IX_CalibrationAssignments_CalibrationSetId_AssessorUserId", "CalibrationAssignments", ["CalibrationSetId", "AssessorUserId"], unique: true);
        migrationBuilder.CreateIndex("IX_CalibrationAssignments_AssessorUserId", "CalibrationAssignments", "AssessorUserId");
        migrationBuilder.CreateIndex("IX_CalibrationScorecards_CalibrationItemId_AssessorUserId", "CalibrationScorecards", ["CalibrationItemId", "AssessorUserId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "CalibrationScorecards", "CalibrationAssignments", "CalibrationItems", "CalibrationSets", "CallSpeechAnalytics",
                     "CandidateFeedback", "MockCallResults", "MockCallModerations", "MockCallScorecards",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
