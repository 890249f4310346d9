using IucRecruit.Core.Funnel;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Migrations;

/// <summary>The recruitment funnel (docs/decisions/0010–0012): campaign stages, contract types and
/// versions of the working conditions; the stage log and what derives from it; employment and
/// leaving; mock-call scores of record; equality monitoring; acknowledgements of the conditions.</summary>
[DbContext(typeof(RecruitmentDbContext))]
[Migration("20261123090000_RecruitmentFunnel")]
public sealed class RecruitmentFunnel : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("WorkingConditionsVersion", "Campaigns", nullable: false, defaultValue: 1);
        migrationBuilder.AddColumn<string>("Stages", "Campaigns", maxLength: 400, nullable: false, defaultValue: StageSet.All.ToString());
        migrationBuilder.AddColumn<string>("ContractTypesOffered", "Campaigns", maxLength: 100, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("PreferredContractTypes", "Candidates", maxLength: 100, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("FlexibleWorkingNotes", "Candidates", maxLength: 1000, nullable: true);

        migrationBuilder.CreateTable(
            name: "WorkingConditionsVersions",
            columns: table => new
            {
                CampaignId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Text = table.Column<string>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                CreatedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkingConditionsVersions", x => new { x.CampaignId, x.Version });
                table.ForeignKey("FK_WorkingConditionsVersions_Campaigns_CampaignId", x => x.CampaignId,
                    "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            });
        // The text every existing campaign shows today becomes its version 1.
        migrationBuilder.Sql("""
            INSERT INTO "WorkingConditionsVersions" ("CampaignId", "Version", "Text", "CreatedUtc")
            SELECT "Id", 1, "WorkingConditions", "CreatedUtc" FROM "Campaigns"
            """);

        migrationBuilder.CreateTable(
            name: "ConditionsAcknowledgements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CandidateId = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Method = table.Column<string>(maxLength: 20, nullable: false),
                AcknowledgedUtc = table.Column<DateTime>(nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConditionsAcknowledgements", x => x.Id);
                table.ForeignKey("FK_ConditionsAcknowledgements_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ConditionsAcknowledgements_ConditionsVersion",
                    x => new { x.CampaignId, x.Version }, "WorkingConditionsVersions", ["CampaignId", "Version"],
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "StageEvents",
            columns: table => new
            {
                CandidateId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 10, nullable: false),
                Stage = table.Column<string>(maxLength: 40, nullable: false),
                FromStage = table.Column<string>(maxLength: 40, nullable: true),
                Outcome = table.Column<string>(maxLength: 20, nullable: true),
                Reason = table.Column<string>(maxLength: 1000, nullable: true),
                ActorUserId = table.Column<Guid>(nullable: true),
                OccurredUtc = table.Column<DateTime>(nullable: false),
                RecordedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StageEvents", x => new { x.CandidateId, x.Sequence });
                table.ForeignKey("FK_StageEvents_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CandidateProgress",
            columns: table => new
            {
                CandidateId = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Site = table.Column<string>(maxLength: 200, nullable: false),
                Channel = table.Column<string>(maxLength: 40, nullable: false),
                EventCount = table.Column<int>(nullable: false),
                CurrentStage = table.Column<string>(maxLength: 40, nullable: false),
                CurrentStageEnteredUtc = table.Column<DateTime>(nullable: false),
                LastEventUtc = table.Column<DateTime>(nullable: false),
                Outcome = table.Column<string>(maxLength: 20, nullable: true),
                OutcomeUtc = table.Column<DateTime>(nullable: true),
                ReachedStages = table.Column<int>(nullable: false),
                SkippedStages = table.Column<int>(nullable: false),
                StageDays = table.Column<string>(maxLength: 100, nullable: false),
                AppliedUtc = table.Column<DateTime>(nullable: false),
                AssessmentDay = table.Column<DateOnly>(nullable: true),
                StartedUtc = table.Column<DateTime>(nullable: true),
                LeftUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CandidateProgress", x => x.CandidateId);
                table.ForeignKey("FK_CandidateProgress_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Starters",
            columns: table => new
            {
                CandidateId = table.Column<Guid>(nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: false),
                StartMonth = table.Column<int>(nullable: false),
                DaysInPost = table.Column<int>(nullable: true),
                LeftMonth = table.Column<int>(nullable: true),
                LeavingReason = table.Column<string>(maxLength: 40, nullable: true),
                ContractType = table.Column<string>(maxLength: 20, nullable: true),
                ScoreBand = table.Column<string>(maxLength: 20, nullable: true),
                CampaignId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Site = table.Column<string>(maxLength: 200, nullable: false),
                Channel = table.Column<string>(maxLength: 40, nullable: false),
                AppliedUtc = table.Column<DateTime>(nullable: false),
                AssessmentDay = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Starters", x => x.CandidateId);
                table.ForeignKey("FK_Starters_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "FunnelPositionTallies",
            columns: table => new
            {
                ReachedStages = table.Column<int>(nullable: false),
                SkippedStages = table.Column<int>(nullable: false),
                CurrentStage = table.Column<string>(maxLength: 40, nullable: false),
                Outcome = table.Column<string>(maxLength: 20, nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Channel = table.Column<string>(maxLength: 40, nullable: false),
                AppliedMonth = table.Column<int>(nullable: false),
                Count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FunnelPositionTallies",
                x => new { x.ReachedStages, x.SkippedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedMonth }));

        migrationBuilder.CreateTable(
            name: "StageDurationTallies",
            columns: table => new
            {
                Stage = table.Column<string>(maxLength: 40, nullable: false),
                Days = table.Column<int>(nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Channel = table.Column<string>(maxLength: 40, nullable: false),
                AppliedMonth = table.Column<int>(nullable: false),
                Count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StageDurationTallies",
                x => new { x.Stage, x.Days, x.Role, x.Channel, x.AppliedMonth }));

        migrationBuilder.CreateTable(
            name: "EqualityPositionTallies",
            columns: table => new
            {
                Characteristic = table.Column<string>(maxLength: 40, nullable: false),
                Group = table.Column<string>(maxLength: 40, nullable: false),
                ReachedStages = table.Column<int>(nullable: false),
                CurrentStage = table.Column<string>(maxLength: 40, nullable: false),
                Outcome = table.Column<string>(maxLength: 20, nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Channel = table.Column<string>(maxLength: 40, nullable: false),
                AppliedMonth = table.Column<int>(nullable: false),
                Count = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EqualityPositionTallies",
                x => new { x.Characteristic, x.Group, x.ReachedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedMonth }));

        migrationBuilder.CreateTable(
            name: "Employments",
            columns: table => new
            {
                CandidateId = table.Column<Guid>(nullable: false),
                ContractType = table.Column<string>(maxLength: 20, nullable: false),
                PathwaysExamScore = table.Column<int>(nullable: true),
                LeavingReason = table.Column<string>(maxLength: 40, nullable: true),
                LeavingNotes = table.Column<string>(maxLength: 2000, nullable: true),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employments", x => x.CandidateId);
                table.ForeignKey("FK_Employments_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MockCallScoresOfRecord",
            columns: table => new
            {
                CandidateId = table.Column<Guid>(nullable: false),
                CriterionId = table.Column<string>(maxLength: 40, nullable: false),
                Score = table.Column<double>(nullable: false),
                MaximumScore = table.Column<double>(nullable: false),
                Passed = table.Column<bool>(nullable: false),
                ScoredUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MockCallScoresOfRecord", x => new { x.CandidateId, x.CriterionId });
                table.ForeignKey("FK_MockCallScoresOfRecord_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StarterScores",
            columns: table => new
            {
                CandidateId = table.Column<Guid>(nullable: false),
                CriterionId = table.Column<string>(maxLength: 40, nullable: false),
                Score = table.Column<double>(nullable: false),
                MaximumScore = table.Column<double>(nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: false),
                DaysInPost = table.Column<int>(nullable: true),
                CampaignId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Site = table.Column<string>(maxLength: 200, nullable: false),
                Channel = table.Column<string>(maxLength: 40, nullable: false),
                AppliedUtc = table.Column<DateTime>(nullable: false),
                AssessmentDay = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StarterScores", x => new { x.CandidateId, x.CriterionId });
                table.ForeignKey("FK_StarterScores_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EqualityMonitoring",
            columns: table => new
            {
                CandidateId = table.Column<Guid>(nullable: false),
                Sex = table.Column<string>(maxLength: 40, nullable: true),
                AgeBand = table.Column<string>(maxLength: 40, nullable: true),
                Ethnicity = table.Column<string>(maxLength: 40, nullable: true),
                Disability = table.Column<string>(maxLength: 40, nullable: true),
                Religion = table.Column<string>(maxLength: 40, nullable: true),
                SexualOrientation = table.Column<string>(maxLength: 40, nullable: true),
                RecordedUtc = table.Column<DateTime>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Site = table.Column<string>(maxLength: 200, nullable: false),
                Channel = table.Column<string>(maxLength: 40, nullable: false),
                AppliedUtc = table.Column<DateTime>(nullable: false),
                AssessmentDay = table.Column<DateOnly>(nullable: true),
                ReachedStages = table.Column<int>(nullable: false),
                CurrentStage = table.Column<string>(maxLength: 40, nullable: false),
                Outcome = table.Column<string>(maxLength: 20, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EqualityMonitoring", x => x.CandidateId);
                table.ForeignKey("FK_EqualityMonitoring_Candidates_CandidateId", x => x.CandidateId,
                    "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ConditionsAcknowledgements_CandidateId", "ConditionsAcknowledgements", "CandidateId");
        migrationBuilder.CreateIndex("IX_ConditionsAcknowledgements_CampaignId_Version", "ConditionsAcknowledgements", ["CampaignId", "Version"]);
        migrationBuilder.CreateIndex("IX_CandidateProgress_CampaignId_Channel_AppliedUtc", "CandidateProgress", ["CampaignId", "Channel", "AppliedUtc"]);
        migrationBuilder.CreateIndex("IX_CandidateProgress_AssessmentDay", "CandidateProgress", "AssessmentDay");
        migrationBuilder.CreateIndex("IX_CandidateProgress_SitePositions", "CandidateProgress",
            ["Site", "ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedUtc", "AssessmentDay"]);
        migrationBuilder.CreateIndex("IX_CandidateProgress_SiteDays", "CandidateProgress",
            ["Site", "StageDays", "Role", "Channel", "AppliedUtc", "AssessmentDay"]);
        migrationBuilder.CreateIndex("IX_Starters_Covering", "Starters",
        [
            "StartedUtc", "DaysInPost", "StartMonth", "LeftMonth", "LeavingReason", "Channel", "ContractType", "ScoreBand",
            "Role", "Site", "AppliedUtc",
        ]);
        migrationBuilder.CreateIndex("IX_Starters_CampaignId", "Starters", "CampaignId");
        migrationBuilder.CreateIndex("IX_Starters_AssessmentDay", "Starters", "AssessmentDay");
        migrationBuilder.CreateIndex("IX_FunnelPositionTallies_Covering", "FunnelPositionTallies",
            ["ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth", "Count"]);
        migrationBuilder.CreateIndex("IX_StageDurationTallies_Covering", "StageDurationTallies",
            ["Stage", "Days", "Role", "Channel", "AppliedMonth", "Count"]);
        migrationBuilder.CreateIndex("IX_EqualityPositionTallies_Covering", "EqualityPositionTallies",
            ["Characteristic", "Group", "ReachedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth", "Count"]);
        migrationBuilder.CreateIndex("IX_StarterScores_Covering", "StarterScores",
            ["CriterionId", "Score", "MaximumScore", "DaysInPost", "StartedUtc", "Role", "Site", "Channel", "AppliedUtc", "AssessmentDay", "CampaignId"]);
        migrationBuilder.CreateIndex("IX_StarterScores_CampaignId", "StarterScores", "CampaignId");
        migrationBuilder.CreateIndex("IX_EqualityMonitoring_CampaignId_Channel_AppliedUtc", "EqualityMonitoring", ["CampaignId", "Channel", "AppliedUtc"]);
        migrationBuilder.CreateIndex("IX_EqualityMonitoring_AssessmentDay", "EqualityMonitoring", "AssessmentDay");
        migrationBuilder.CreateIndex("IX_EqualityMonitoring_Site", "EqualityMonitoring",
        [
            "Site", "Sex", "AgeBand", "Ethnicity", "Disability", "Religion", "SexualOrientation", "ReachedStages", "CurrentStage", "Outcome",
            "Role", "Channel", "AppliedUtc", "AssessmentDay",
        ]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "EqualityMonitoring", "StarterScores", "MockCallScoresOfRecord", "Employments", "EqualityPositionTallies",
                     "StageDurationTallies", "FunnelPositionTallies", "Starters", "CandidateProgress", "StageEvents",
                     "ConditionsAcknowledgements", "WorkingConditionsVersions",
                 })
        {
            migrationBuilder.DropTable(table);
        }
        migrationBuilder.DropColumn("WorkingConditionsVersion", "Campaigns");
        migrationBuilder.DropColumn("Stages", "Campaigns");
        migrationBuilder.DropColumn("ContractTypesOffered", "Campaigns");
        migrationBuilder.DropColumn("PreferredContractTypes", "Candidates");
        migrationBuilder.DropColumn("FlexibleWorkingNotes", "Candidates");
    }
}
