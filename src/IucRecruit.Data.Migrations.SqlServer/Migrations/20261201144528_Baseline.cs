using System;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessAuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessAuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FriendlyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeletionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CandidateCount = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletionRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EqualityPositionTallies",
                columns: table => new
                {
                    Characteristic = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Group = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AppliedMonth = table.Column<int>(type: "int", nullable: false),
                    ReachedStages = table.Column<int>(type: "int", nullable: false),
                    CurrentStage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EqualityPositionTallies", x => new { x.Characteristic, x.Group, x.ReachedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedMonth });
                });

            migrationBuilder.CreateTable(
                name: "FunnelPositionTallies",
                columns: table => new
                {
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AppliedMonth = table.Column<int>(type: "int", nullable: false),
                    ReachedStages = table.Column<int>(type: "int", nullable: false),
                    SkippedStages = table.Column<int>(type: "int", nullable: false),
                    CurrentStage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunnelPositionTallies", x => new { x.ReachedStages, x.SkippedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedMonth });
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScenarioStates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScenarioId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Retired = table.Column<bool>(type: "bit", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenarioStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StageDurationTallies",
                columns: table => new
                {
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AppliedMonth = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageDurationTallies", x => new { x.Stage, x.Days, x.Role, x.Channel, x.AppliedMonth });
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CalibrationSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalibrationAssignments_CalibrationSets_CalibrationSetId",
                        column: x => x.CalibrationSetId,
                        principalTable: "CalibrationSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Site = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WorkingConditions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    WorkingConditionsVersion = table.Column<int>(type: "int", nullable: false, defaultValue: 1),
                    Stages = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false, defaultValue: "Applied,Shortlisted,InvitedToAssessment,ConditionsAcknowledged,ListeningExercise,MockCall,Interview,Offered,OfferAccepted,PreEmploymentChecks,Started,InductionCompleted,PathwaysExamPassed,SignedOff"),
                    ContractTypesOffered = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, defaultValue: ""),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentDays_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Candidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GivenName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExtraTimePercent = table.Column<int>(type: "int", nullable: false, defaultValue: 0),
                    RestBreaks = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    AdjustmentNotes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PreferredContractTypes = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, defaultValue: ""),
                    FlexibleWorkingNotes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AssessmentErasedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IdentityErasedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidates_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkingConditionsVersions",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingConditionsVersions", x => new { x.CampaignId, x.Version });
                    table.ForeignKey(
                        name: "FK_WorkingConditionsVersions_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ExpiresUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RedeemedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateInvitations_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateProgress",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Site = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EventCount = table.Column<int>(type: "int", nullable: false),
                    CurrentStage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CurrentStageEnteredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastEventUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    OutcomeUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReachedStages = table.Column<int>(type: "int", nullable: false),
                    SkippedStages = table.Column<int>(type: "int", nullable: false),
                    StageDays = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AppliedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AssessmentDay = table.Column<DateOnly>(type: "date", nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LeftUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateProgress", x => x.CandidateId);
                    table.ForeignKey(
                        name: "FK_CandidateProgress_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Employments",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PathwaysExamScore = table.Column<int>(type: "int", nullable: true),
                    LeavingReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    LeavingNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employments", x => x.CandidateId);
                    table.ForeignKey(
                        name: "FK_Employments_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EqualityMonitoring",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AgeBand = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Ethnicity = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Disability = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Religion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    SexualOrientation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Site = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AppliedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AssessmentDay = table.Column<DateOnly>(type: "date", nullable: true),
                    ReachedStages = table.Column<int>(type: "int", nullable: false),
                    CurrentStage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EqualityMonitoring", x => x.CandidateId);
                    table.ForeignKey(
                        name: "FK_EqualityMonitoring_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ListeningAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExerciseId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ExerciseVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TimeLimitSeconds = table.Column<int>(type: "int", nullable: false),
                    ExtraTimePercent = table.Column<int>(type: "int", nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PlaysAllowed = table.Column<int>(type: "int", nullable: false),
                    PlaysUsed = table.Column<int>(type: "int", nullable: false),
                    HandedInUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Late = table.Column<bool>(type: "bit", nullable: false),
                    Marks = table.Column<int>(type: "int", nullable: true),
                    MaxMarks = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListeningAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListeningAttempts_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MockCalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentDayId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RolePlayerUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SecondAssessorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ScenarioId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ScenarioVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SlotStartUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SlotEndUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Phase = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MockCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MockCalls_AssessmentDays_AssessmentDayId",
                        column: x => x.AssessmentDayId,
                        principalTable: "AssessmentDays",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MockCalls_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MockCallScoresOfRecord",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CriterionId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Score = table.Column<double>(type: "float", nullable: false),
                    MaximumScore = table.Column<double>(type: "float", nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false),
                    ScoredUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MockCallScoresOfRecord", x => new { x.CandidateId, x.CriterionId });
                    table.ForeignKey(
                        name: "FK_MockCallScoresOfRecord_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScenarioExposures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScenarioId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ScenarioVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenarioExposures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScenarioExposures_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageEvents",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FromStage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ActorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OccurredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageEvents", x => new { x.CandidateId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_StageEvents_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Starters",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StartMonth = table.Column<int>(type: "int", nullable: false),
                    DaysInPost = table.Column<int>(type: "int", nullable: true),
                    LeftMonth = table.Column<int>(type: "int", nullable: true),
                    LeavingReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ContractType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ScoreBand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Site = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AppliedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AssessmentDay = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Starters", x => x.CandidateId);
                    table.ForeignKey(
                        name: "FK_Starters_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StarterScores",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CriterionId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Score = table.Column<double>(type: "float", nullable: false),
                    MaximumScore = table.Column<double>(type: "float", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DaysInPost = table.Column<int>(type: "int", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Site = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AppliedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AssessmentDay = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StarterScores", x => new { x.CandidateId, x.CriterionId });
                    table.ForeignKey(
                        name: "FK_StarterScores_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConditionsAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AcknowledgedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConditionsAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConditionsAcknowledgements_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConditionsAcknowledgements_ConditionsVersion",
                        columns: x => new { x.CampaignId, x.Version },
                        principalTable: "WorkingConditionsVersions",
                        principalColumns: new[] { "CampaignId", "Version" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListeningAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AttemptId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    QuestionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Marks = table.Column<int>(type: "int", nullable: false),
                    MaxMarks = table.Column<int>(type: "int", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListeningAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListeningAnswers_ListeningAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "ListeningAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CalibrationSetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalibrationItems_CalibrationSets_CalibrationSetId",
                        column: x => x.CalibrationSetId,
                        principalTable: "CalibrationSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalibrationItems_MockCalls_MockCallId",
                        column: x => x.MockCallId,
                        principalTable: "MockCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallRecordings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RelativePath = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SampleRate = table.Column<int>(type: "int", nullable: false),
                    Channels = table.Column<int>(type: "int", nullable: false),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallRecordings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallRecordings_MockCalls_MockCallId",
                        column: x => x.MockCallId,
                        principalTable: "MockCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallSpeechAnalytics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false),
                    CallerTalkMs = table.Column<long>(type: "bigint", nullable: false),
                    CandidateTalkMs = table.Column<long>(type: "bigint", nullable: false),
                    CandidateTalkRatio = table.Column<double>(type: "float", nullable: true),
                    Interruptions = table.Column<int>(type: "int", nullable: false),
                    Responses = table.Column<int>(type: "int", nullable: false),
                    MedianResponseLatencyMs = table.Column<long>(type: "bigint", nullable: true),
                    WorstResponseLatencyMs = table.Column<long>(type: "bigint", nullable: true),
                    LongestSilenceMs = table.Column<long>(type: "bigint", nullable: true),
                    LongestSilenceAtMs = table.Column<long>(type: "bigint", nullable: true),
                    RecordingSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AnalysedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallSpeechAnalytics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallSpeechAnalytics_MockCalls_MockCallId",
                        column: x => x.MockCallId,
                        principalTable: "MockCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Strengths = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DevelopmentPoints = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WrittenByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WrittenUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateFeedback_MockCalls_MockCallId",
                        column: x => x.MockCallId,
                        principalTable: "MockCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MockCallEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CallMs = table.Column<long>(type: "bigint", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MockCallEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MockCallEvents_MockCalls_MockCallId",
                        column: x => x.MockCallId,
                        principalTable: "MockCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MockCallModerations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModeratorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModeratedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MockCallModerations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MockCallModerations_MockCalls_MockCallId",
                        column: x => x.MockCallId,
                        principalTable: "MockCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MockCallResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Scores = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Accuracy = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FunnelMovedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FunnelRefusal = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MockCallResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MockCallResults_MockCalls_MockCallId",
                        column: x => x.MockCallId,
                        principalTable: "MockCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MockCallScorecards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MockCallId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Sheet = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MockCallScorecards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MockCallScorecards_MockCalls_MockCallId",
                        column: x => x.MockCallId,
                        principalTable: "MockCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationScorecards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CalibrationItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Sheet = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationScorecards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalibrationScorecards_CalibrationItems_CalibrationItemId",
                        column: x => x.CalibrationItemId,
                        principalTable: "CalibrationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessAuditEntries_AtUtc",
                table: "AccessAuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AccessAuditEntries_CandidateId_AtUtc",
                table: "AccessAuditEntries",
                columns: new[] { "CandidateId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessAuditEntries_UserId_AtUtc",
                table: "AccessAuditEntries",
                columns: new[] { "UserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CandidateId",
                table: "AspNetUsers",
                column: "CandidateId",
                unique: true,
                filter: "[CandidateId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentDays_CampaignId",
                table: "AssessmentDays",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentDays_Date",
                table: "AssessmentDays",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationAssignments_AssessorUserId",
                table: "CalibrationAssignments",
                column: "AssessorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationAssignments_CalibrationSetId_AssessorUserId",
                table: "CalibrationAssignments",
                columns: new[] { "CalibrationSetId", "AssessorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationItems_CalibrationSetId_MockCallId",
                table: "CalibrationItems",
                columns: new[] { "CalibrationSetId", "MockCallId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationItems_MockCallId",
                table: "CalibrationItems",
                column: "MockCallId");

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationScorecards_CalibrationItemId_AssessorUserId",
                table: "CalibrationScorecards",
                columns: new[] { "CalibrationItemId", "AssessorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallRecordings_MockCallId",
                table: "CallRecordings",
                column: "MockCallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallSpeechAnalytics_MockCallId",
                table: "CallSpeechAnalytics",
                column: "MockCallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_OrganisationId",
                table: "Campaigns",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateFeedback_CandidateId",
                table: "CandidateFeedback",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateFeedback_MockCallId",
                table: "CandidateFeedback",
                column: "MockCallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CandidateInvitations_CandidateId",
                table: "CandidateInvitations",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateProgress_AssessmentDay",
                table: "CandidateProgress",
                column: "AssessmentDay");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateProgress_CampaignId_Channel_AppliedUtc",
                table: "CandidateProgress",
                columns: new[] { "CampaignId", "Channel", "AppliedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateProgress_SiteDays",
                table: "CandidateProgress",
                columns: new[] { "Site", "StageDays", "Role", "Channel", "AppliedUtc", "AssessmentDay" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateProgress_SitePositions",
                table: "CandidateProgress",
                columns: new[] { "Site", "ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedUtc", "AssessmentDay" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CampaignId",
                table: "Candidates",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Email",
                table: "Candidates",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_ConditionsAcknowledgements_CampaignId_Version",
                table: "ConditionsAcknowledgements",
                columns: new[] { "CampaignId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_ConditionsAcknowledgements_CandidateId",
                table: "ConditionsAcknowledgements",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_DeletionRecords_AtUtc",
                table: "DeletionRecords",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_EqualityMonitoring_AssessmentDay",
                table: "EqualityMonitoring",
                column: "AssessmentDay");

            migrationBuilder.CreateIndex(
                name: "IX_EqualityMonitoring_CampaignId_Channel_AppliedUtc",
                table: "EqualityMonitoring",
                columns: new[] { "CampaignId", "Channel", "AppliedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EqualityMonitoring_Site",
                table: "EqualityMonitoring",
                columns: new[] { "Site", "Sex", "AgeBand", "Ethnicity", "Disability", "Religion", "SexualOrientation", "ReachedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedUtc", "AssessmentDay" });

            migrationBuilder.CreateIndex(
                name: "IX_EqualityPositionTallies_Covering",
                table: "EqualityPositionTallies",
                columns: new[] { "Characteristic", "Group", "ReachedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_FunnelPositionTallies_Covering",
                table: "FunnelPositionTallies",
                columns: new[] { "ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_ListeningAnswers_AttemptId",
                table: "ListeningAnswers",
                column: "AttemptId");

            migrationBuilder.CreateIndex(
                name: "IX_ListeningAttempts_CandidateId",
                table: "ListeningAttempts",
                column: "CandidateId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MockCallEvents_MockCallId_Sequence",
                table: "MockCallEvents",
                columns: new[] { "MockCallId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MockCallModerations_MockCallId",
                table: "MockCallModerations",
                column: "MockCallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MockCallResults_CandidateId",
                table: "MockCallResults",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_MockCallResults_MockCallId",
                table: "MockCallResults",
                column: "MockCallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MockCalls_AssessmentDayId",
                table: "MockCalls",
                column: "AssessmentDayId");

            migrationBuilder.CreateIndex(
                name: "IX_MockCalls_AssessorUserId",
                table: "MockCalls",
                column: "AssessorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MockCalls_CandidateId",
                table: "MockCalls",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_MockCalls_RolePlayerUserId",
                table: "MockCalls",
                column: "RolePlayerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MockCalls_SecondAssessorUserId",
                table: "MockCalls",
                column: "SecondAssessorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MockCallScorecards_AssessorUserId",
                table: "MockCallScorecards",
                column: "AssessorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MockCallScorecards_MockCallId_AssessorUserId",
                table: "MockCallScorecards",
                columns: new[] { "MockCallId", "AssessorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScenarioExposures_CandidateId_ScenarioId",
                table: "ScenarioExposures",
                columns: new[] { "CandidateId", "ScenarioId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScenarioExposures_ScenarioId",
                table: "ScenarioExposures",
                column: "ScenarioId");

            migrationBuilder.CreateIndex(
                name: "IX_ScenarioStates_ScenarioId",
                table: "ScenarioStates",
                column: "ScenarioId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageDurationTallies_Covering",
                table: "StageDurationTallies",
                columns: new[] { "Stage", "Days", "Role", "Channel", "AppliedMonth", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_Starters_AssessmentDay",
                table: "Starters",
                column: "AssessmentDay");

            migrationBuilder.CreateIndex(
                name: "IX_Starters_CampaignId",
                table: "Starters",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Starters_Covering",
                table: "Starters",
                columns: new[] { "StartedUtc", "DaysInPost", "StartMonth", "LeftMonth", "LeavingReason", "Channel", "ContractType", "ScoreBand", "Role", "Site", "AppliedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StarterScores_CampaignId",
                table: "StarterScores",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_StarterScores_Covering",
                table: "StarterScores",
                columns: new[] { "CriterionId", "Score", "MaximumScore", "DaysInPost", "StartedUtc", "Role", "Site", "Channel", "AppliedUtc", "AssessmentDay", "CampaignId" });

            // Not in EF Core's model: the append-only tables' triggers (docs/decisions/0030).
            migrationBuilder.CreateAppendOnlyTriggers();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAppendOnlyTriggers();

            migrationBuilder.DropTable(
                name: "AccessAuditEntries");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "CalibrationAssignments");

            migrationBuilder.DropTable(
                name: "CalibrationScorecards");

            migrationBuilder.DropTable(
                name: "CallRecordings");

            migrationBuilder.DropTable(
                name: "CallSpeechAnalytics");

            migrationBuilder.DropTable(
                name: "CandidateFeedback");

            migrationBuilder.DropTable(
                name: "CandidateInvitations");

            migrationBuilder.DropTable(
                name: "CandidateProgress");

            migrationBuilder.DropTable(
                name: "ConditionsAcknowledgements");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeletionRecords");

            migrationBuilder.DropTable(
                name: "Employments");

            migrationBuilder.DropTable(
                name: "EqualityMonitoring");

            migrationBuilder.DropTable(
                name: "EqualityPositionTallies");

            migrationBuilder.DropTable(
                name: "FunnelPositionTallies");

            migrationBuilder.DropTable(
                name: "ListeningAnswers");

            migrationBuilder.DropTable(
                name: "MockCallEvents");

            migrationBuilder.DropTable(
                name: "MockCallModerations");

            migrationBuilder.DropTable(
                name: "MockCallResults");

            migrationBuilder.DropTable(
                name: "MockCallScorecards");

            migrationBuilder.DropTable(
                name: "MockCallScoresOfRecord");

            migrationBuilder.DropTable(
                name: "ScenarioExposures");

            migrationBuilder.DropTable(
                name: "ScenarioStates");

            migrationBuilder.DropTable(
                name: "StageDurationTallies");

            migrationBuilder.DropTable(
                name: "StageEvents");

            migrationBuilder.DropTable(
                name: "Starters");

            migrationBuilder.DropTable(
                name: "StarterScores");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CalibrationItems");

            migrationBuilder.DropTable(
                name: "WorkingConditionsVersions");

            migrationBuilder.DropTable(
                name: "ListeningAttempts");

            migrationBuilder.DropTable(
                name: "CalibrationSets");

            migrationBuilder.DropTable(
                name: "MockCalls");

            migrationBuilder.DropTable(
                name: "AssessmentDays");

            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
