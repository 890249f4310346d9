using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Migrations;

/// <summary>Assessment days, scheduled mock calls, their event logs (recording consent among
/// their events), recordings and recording access.</summary>
[DbContext(typeof(RecruitmentDbContext))]
[Migration("20261124090000_MockCalls")]
public sealed class MockCalls : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AssessmentDays",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Location = table.Column<string>(maxLength: 200, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AssessmentDays", x => x.Id);
                table.ForeignKey("FK_AssessmentDays_Campaigns_CampaignId", x => x.CampaignId,
                    "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MockCalls",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssessmentDayId = table.Column<Guid>(nullable: false),
                CandidateId = table.Column<Guid>(nullable: false),
                RolePlayerUserId = table.Column<Guid>(nullable: false),
                AssessorUserId = table.Column<Guid>(nullable: false),
                SecondAssessorUserId = table.Column<Guid>(nullable: true),
                ScenarioId = table.Column<string>(maxLength: 100, nullable: false),
                ScenarioVersion = table.Column<string>(maxLength: 64, nullable: false),
                SlotStartUtc = table.Column<DateTime>(nullable: false),
                SlotEndUtc = table.Column<DateTime>(nullable: false),
                Phase = table.Column<string>(maxLength: 20, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MockCalls", x => x.Id);
                table.ForeignKey("FK_MockCalls_AssessmentDays_AssessmentDayId", x => x.AssessmentDayId,
                    "AssessmentDays", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_MockCalls_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CallRecordings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: false),
                RelativePath = table.Column<string>(maxLength: 300, nullable: false),
                SampleRate = table.Column<int>(nullable: false),
                Channels = table.Column<int>(nullable: false),
                DurationMs = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: true),
                StartedUtc = table.Column<DateTime>(nullable: false),
                CompletedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CallRecordings", x => x.Id);
                table.ForeignKey("FK_CallRecordings_MockCalls_MockCallId", x => x.MockCallId,
                    "MockCalls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MockCallEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MockCallId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
                CallMs = table.Column<long>(nullable: false),
                ActorUserId = table.Column<Guid>(nullable: true),
                Payload = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MockCallEvents", x => x.Id);
                table.ForeignKey("FK_MockCallEvents_MockCalls_MockCallId", x => x.MockCallId,
                    "MockCalls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RecordingAccesses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CallRecordingId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RecordingAccesses", x => x.Id);
                table.ForeignKey("FK_RecordingAccesses_CallRecordings_CallRecordingId", x => x.CallRecordingId,
                    "CallRecordings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_AssessmentDays_CampaignId", "AssessmentDays", "CampaignId");
        migrationBuilder.CreateIndex("IX_AssessmentDays_Date", "AssessmentDays", "Date");
        migrationBuilder.CreateIndex("IX_CallRecordings_MockCallId", "CallRecordings", "MockCallId", unique: true);
        migrationBuilder.CreateIndex("IX_MockCallEvents_MockCallId_Sequence", "MockCallEvents", ["MockCallId", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_MockCalls_AssessmentDayId", "MockCalls", "AssessmentDayId");
        migrationBuilder.CreateIndex("IX_MockCalls_AssessorUserId", "MockCalls", "AssessorUserId");
        migrationBuilder.CreateIndex("IX_MockCalls_CandidateId", "MockCalls", "CandidateId");
        migrationBuilder.CreateIndex("IX_MockCalls_RolePlayerUserId", "MockCalls", "RolePlayerUserId");
        migrationBuilder.CreateIndex("IX_MockCalls_SecondAssessorUserId", "MockCalls", "SecondAssessorUserId");
        migrationBuilder.CreateIndex("IX_RecordingAccesses_CallRecordingId", "RecordingAccesses", "CallRecordingId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "RecordingAccesses", "MockCallEvents", "CallRecordings", "MockCalls", "AssessmentDays" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
