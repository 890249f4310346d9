CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "CandidateId" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY,
    "FriendlyName" TEXT NOT NULL,
    "Xml" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);

CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Campaigns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Campaigns" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Site" TEXT NOT NULL,
    "WorkingConditions" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Campaigns_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Candidates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Candidates" PRIMARY KEY,
    "CampaignId" TEXT NOT NULL,
    "GivenName" TEXT NOT NULL,
    "FamilyName" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Candidates_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CandidateInvitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CandidateInvitations" PRIMARY KEY,
    "CandidateId" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL,
    "ExpiresUtc" TEXT NOT NULL,
    "RedeemedUtc" TEXT NULL,
    CONSTRAINT "FK_CandidateInvitations_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "IX_AspNetUsers_CandidateId" ON "AspNetUsers" ("CandidateId");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_Campaigns_OrganisationId" ON "Campaigns" ("OrganisationId");

CREATE INDEX "IX_CandidateInvitations_CandidateId" ON "CandidateInvitations" ("CandidateId");

CREATE INDEX "IX_Candidates_CampaignId" ON "Candidates" ("CampaignId");

CREATE INDEX "IX_Candidates_Email" ON "Candidates" ("Email");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121090000_Foundation', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Candidates" ADD "ExtraTimePercent" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Candidates" ADD "RestBreaks" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Candidates" ADD "AdjustmentNotes" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121100000_CandidateAdjustments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ScenarioStates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ScenarioStates" PRIMARY KEY,
    "ScenarioId" TEXT NOT NULL,
    "Retired" INTEGER NOT NULL,
    "ChangedUtc" TEXT NOT NULL,
    "ChangedByUserId" TEXT NULL
);

CREATE TABLE "ScenarioExposures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ScenarioExposures" PRIMARY KEY,
    "ScenarioId" TEXT NOT NULL,
    "ScenarioVersion" TEXT NOT NULL,
    "CandidateId" TEXT NOT NULL,
    "OccurredUtc" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    CONSTRAINT "FK_ScenarioExposures_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListeningAttempts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ListeningAttempts" PRIMARY KEY,
    "CandidateId" TEXT NOT NULL,
    "ExerciseId" TEXT NOT NULL,
    "ExerciseVersion" TEXT NOT NULL,
    "StartedUtc" TEXT NOT NULL,
    "TimeLimitSeconds" INTEGER NOT NULL,
    "ExtraTimePercent" INTEGER NOT NULL,
    "DeadlineUtc" TEXT NOT NULL,
    "PlaysAllowed" INTEGER NOT NULL,
    "PlaysUsed" INTEGER NOT NULL,
    "HandedInUtc" TEXT NULL,
    "Late" INTEGER NOT NULL,
    "Marks" INTEGER NULL,
    "MaxMarks" INTEGER NOT NULL,
    CONSTRAINT "FK_ListeningAttempts_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListeningAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ListeningAnswers" PRIMARY KEY,
    "AttemptId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "QuestionId" TEXT NOT NULL,
    "Answer" TEXT NOT NULL,
    "Marks" INTEGER NOT NULL,
    "MaxMarks" INTEGER NOT NULL,
    "Explanation" TEXT NOT NULL,
    CONSTRAINT "FK_ListeningAnswers_ListeningAttempts_AttemptId" FOREIGN KEY ("AttemptId") REFERENCES "ListeningAttempts" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ScenarioStates_ScenarioId" ON "ScenarioStates" ("ScenarioId");

CREATE INDEX "IX_ScenarioExposures_ScenarioId" ON "ScenarioExposures" ("ScenarioId");

CREATE INDEX "IX_ScenarioExposures_CandidateId_ScenarioId" ON "ScenarioExposures" ("CandidateId", "ScenarioId");

CREATE UNIQUE INDEX "IX_ListeningAttempts_CandidateId" ON "ListeningAttempts" ("CandidateId");

CREATE INDEX "IX_ListeningAnswers_AttemptId" ON "ListeningAnswers" ("AttemptId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122090000_Scenarios', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Campaigns" ADD "WorkingConditionsVersion" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "Campaigns" ADD "Stages" TEXT NOT NULL DEFAULT 'Applied,Shortlisted,InvitedToAssessment,ConditionsAcknowledged,ListeningExercise,MockCall,Interview,Offered,OfferAccepted,PreEmploymentChecks,Started,InductionCompleted,PathwaysExamPassed,SignedOff';

ALTER TABLE "Campaigns" ADD "ContractTypesOffered" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Candidates" ADD "PreferredContractTypes" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Candidates" ADD "FlexibleWorkingNotes" TEXT NULL;

CREATE TABLE "WorkingConditionsVersions" (
    "CampaignId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL,
    CONSTRAINT "PK_WorkingConditionsVersions" PRIMARY KEY ("CampaignId", "Version"),
    CONSTRAINT "FK_WorkingConditionsVersions_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

INSERT INTO "WorkingConditionsVersions" ("CampaignId", "Version", "Text", "CreatedUtc")
SELECT "Id", 1, "WorkingConditions", "CreatedUtc" FROM "Campaigns";

CREATE TABLE "ConditionsAcknowledgements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ConditionsAcknowledgements" PRIMARY KEY,
    "CandidateId" TEXT NOT NULL,
    "CampaignId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Method" TEXT NOT NULL,
    "AcknowledgedUtc" TEXT NOT NULL,
    "RecordedByUserId" TEXT NULL,
    CONSTRAINT "FK_ConditionsAcknowledgements_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ConditionsAcknowledgements_ConditionsVersion" FOREIGN KEY ("CampaignId", "Version") REFERENCES "WorkingConditionsVersions" ("CampaignId", "Version") ON DELETE RESTRICT
);

CREATE TABLE "StageEvents" (
    "CandidateId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "FromStage" TEXT NULL,
    "Outcome" TEXT NULL,
    "Reason" TEXT NULL,
    "ActorUserId" TEXT NULL,
    "OccurredUtc" TEXT NOT NULL,
    "RecordedUtc" TEXT NOT NULL,
    CONSTRAINT "PK_StageEvents" PRIMARY KEY ("CandidateId", "Sequence"),
    CONSTRAINT "FK_StageEvents_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CandidateProgress" (
    "CandidateId" TEXT NOT NULL CONSTRAINT "PK_CandidateProgress" PRIMARY KEY,
    "CampaignId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Site" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "EventCount" INTEGER NOT NULL,
    "CurrentStage" TEXT NOT NULL,
    "CurrentStageEnteredUtc" TEXT NOT NULL,
    "LastEventUtc" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "OutcomeUtc" TEXT NULL,
    "ReachedStages" INTEGER NOT NULL,
    "SkippedStages" INTEGER NOT NULL,
    "StageDays" TEXT NOT NULL,
    "AppliedUtc" TEXT NOT NULL,
    "AssessmentDay" TEXT NULL,
    "StartedUtc" TEXT NULL,
    "LeftUtc" TEXT NULL,
    CONSTRAINT "FK_CandidateProgress_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Starters" (
    "CandidateId" TEXT NOT NULL CONSTRAINT "PK_Starters" PRIMARY KEY,
    "StartedUtc" TEXT NOT NULL,
    "StartMonth" INTEGER NOT NULL,
    "DaysInPost" INTEGER NULL,
    "LeftMonth" INTEGER NULL,
    "LeavingReason" TEXT NULL,
    "ContractType" TEXT NULL,
    "ScoreBand" TEXT NULL,
    "CampaignId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Site" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "AppliedUtc" TEXT NOT NULL,
    "AssessmentDay" TEXT NULL,
    CONSTRAINT "FK_Starters_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "FunnelPositionTallies" (
    "ReachedStages" INTEGER NOT NULL,
    "SkippedStages" INTEGER NOT NULL,
    "CurrentStage" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "AppliedMonth" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_FunnelPositionTallies" PRIMARY KEY ("ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth")
);

CREATE TABLE "StageDurationTallies" (
    "Stage" TEXT NOT NULL,
    "Days" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "AppliedMonth" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_StageDurationTallies" PRIMARY KEY ("Stage", "Days", "Role", "Channel", "AppliedMonth")
);

CREATE TABLE "EqualityPositionTallies" (
    "Characteristic" TEXT NOT NULL,
    "Group" TEXT NOT NULL,
    "ReachedStages" INTEGER NOT NULL,
    "CurrentStage" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "AppliedMonth" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_EqualityPositionTallies" PRIMARY KEY ("Characteristic", "Group", "ReachedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth")
);

CREATE TABLE "Employments" (
    "CandidateId" TEXT NOT NULL CONSTRAINT "PK_Employments" PRIMARY KEY,
    "ContractType" TEXT NOT NULL,
    "PathwaysExamScore" INTEGER NULL,
    "LeavingReason" TEXT NULL,
    "LeavingNotes" TEXT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Employments_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MockCallScoresOfRecord" (
    "CandidateId" TEXT NOT NULL,
    "CriterionId" TEXT NOT NULL,
    "Score" REAL NOT NULL,
    "MaximumScore" REAL NOT NULL,
    "Passed" INTEGER NOT NULL,
    "ScoredUtc" TEXT NOT NULL,
    CONSTRAINT "PK_MockCallScoresOfRecord" PRIMARY KEY ("CandidateId", "CriterionId"),
    CONSTRAINT "FK_MockCallScoresOfRecord_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StarterScores" (
    "CandidateId" TEXT NOT NULL,
    "CriterionId" TEXT NOT NULL,
    "Score" REAL NOT NULL,
    "MaximumScore" REAL NOT NULL,
    "StartedUtc" TEXT NOT NULL,
    "DaysInPost" INTEGER NULL,
    "CampaignId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Site" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "AppliedUtc" TEXT NOT NULL,
    "AssessmentDay" TEXT NULL,
    CONSTRAINT "PK_StarterScores" PRIMARY KEY ("CandidateId", "CriterionId"),
    CONSTRAINT "FK_StarterScores_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EqualityMonitoring" (
    "CandidateId" TEXT NOT NULL CONSTRAINT "PK_EqualityMonitoring" PRIMARY KEY,
    "Sex" TEXT NULL,
    "AgeBand" TEXT NULL,
    "Ethnicity" TEXT NULL,
    "Disability" TEXT NULL,
    "Religion" TEXT NULL,
    "SexualOrientation" TEXT NULL,
    "RecordedUtc" TEXT NOT NULL,
    "CampaignId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Site" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "AppliedUtc" TEXT NOT NULL,
    "AssessmentDay" TEXT NULL,
    "ReachedStages" INTEGER NOT NULL,
    "CurrentStage" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    CONSTRAINT "FK_EqualityMonitoring_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ConditionsAcknowledgements_CandidateId" ON "ConditionsAcknowledgements" ("CandidateId");

CREATE INDEX "IX_ConditionsAcknowledgements_CampaignId_Version" ON "ConditionsAcknowledgements" ("CampaignId", "Version");

CREATE INDEX "IX_CandidateProgress_CampaignId_Channel_AppliedUtc" ON "CandidateProgress" ("CampaignId", "Channel", "AppliedUtc");

CREATE INDEX "IX_CandidateProgress_AssessmentDay" ON "CandidateProgress" ("AssessmentDay");

CREATE INDEX "IX_CandidateProgress_SitePositions" ON "CandidateProgress" ("Site", "ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedUtc", "AssessmentDay");

CREATE INDEX "IX_CandidateProgress_SiteDays" ON "CandidateProgress" ("Site", "StageDays", "Role", "Channel", "AppliedUtc", "AssessmentDay");

CREATE INDEX "IX_Starters_Covering" ON "Starters" ("StartedUtc", "DaysInPost", "StartMonth", "LeftMonth", "LeavingReason", "Channel", "ContractType", "ScoreBand", "Role", "Site", "AppliedUtc");

CREATE INDEX "IX_Starters_CampaignId" ON "Starters" ("CampaignId");

CREATE INDEX "IX_Starters_AssessmentDay" ON "Starters" ("AssessmentDay");

CREATE INDEX "IX_FunnelPositionTallies_Covering" ON "FunnelPositionTallies" ("ReachedStages", "SkippedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth", "Count");

CREATE INDEX "IX_StageDurationTallies_Covering" ON "StageDurationTallies" ("Stage", "Days", "Role", "Channel", "AppliedMonth", "Count");

CREATE INDEX "IX_EqualityPositionTallies_Covering" ON "EqualityPositionTallies" ("Characteristic", "Group", "ReachedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedMonth", "Count");

CREATE INDEX "IX_StarterScores_Covering" ON "StarterScores" ("CriterionId", "Score", "MaximumScore", "DaysInPost", "StartedUtc", "Role", "Site", "Channel", "AppliedUtc", "AssessmentDay", "CampaignId");

CREATE INDEX "IX_StarterScores_CampaignId" ON "StarterScores" ("CampaignId");

CREATE INDEX "IX_EqualityMonitoring_CampaignId_Channel_AppliedUtc" ON "EqualityMonitoring" ("CampaignId", "Channel", "AppliedUtc");

CREATE INDEX "IX_EqualityMonitoring_AssessmentDay" ON "EqualityMonitoring" ("AssessmentDay");

CREATE INDEX "IX_EqualityMonitoring_Site" ON "EqualityMonitoring" ("Site", "Sex", "AgeBand", "Ethnicity", "Disability", "Religion", "SexualOrientation", "ReachedStages", "CurrentStage", "Outcome", "Role", "Channel", "AppliedUtc", "AssessmentDay");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123090000_RecruitmentFunnel', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "AssessmentDays" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AssessmentDays" PRIMARY KEY,
    "CampaignId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Location" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL,
    CONSTRAINT "FK_AssessmentDays_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MockCalls" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MockCalls" PRIMARY KEY,
    "AssessmentDayId" TEXT NOT NULL,
    "CandidateId" TEXT NOT NULL,
    "RolePlayerUserId" TEXT NOT NULL,
    "AssessorUserId" TEXT NOT NULL,
    "SecondAssessorUserId" TEXT NULL,
    "ScenarioId" TEXT NOT NULL,
    "ScenarioVersion" TEXT NOT NULL,
    "SlotStartUtc" TEXT NOT NULL,
    "SlotEndUtc" TEXT NOT NULL,
    "Phase" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_MockCalls_AssessmentDays_AssessmentDayId" FOREIGN KEY ("AssessmentDayId") REFERENCES "AssessmentDays" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MockCalls_Candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "Candidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CallRecordings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CallRecordings" PRIMARY KEY,
    "MockCallId" TEXT NOT NULL,
    "RelativePath" TEXT NOT NULL,
    "SampleRate" INTEGER NOT NULL,
    "Channels" INTEGER NOT NULL,
    "DurationMs" INTEGER NOT NULL,
    "Sha256" TEXT NULL,
    "StartedUtc" TEXT NOT NULL,
    "CompletedUtc" TEXT NULL,
    CONSTRAINT "FK_CallRecordings_MockCalls_MockCallId" FOREIGN KEY ("MockCallId") REFERENCES "MockCalls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MockCallEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MockCallEvents" PRIMARY KEY,
    "MockCallId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "CallMs" INTEGER NOT NULL,
    "ActorUserId" TEXT NULL,
    "Payload" TEXT NOT NULL,
    CONSTRAINT "FK_MockCallEvents_MockCalls_MockCallId" FOREIGN KEY ("MockCallId") REFERENCES "MockCalls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordingAccesses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RecordingAccesses" PRIMARY KEY,
    "CallRecordingId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_RecordingAccesses_CallRecordings_CallRecordingId" FOREIGN KEY ("CallRecordingId") REFERENCES "CallRecordings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AssessmentDays_CampaignId" ON "AssessmentDays" ("CampaignId");

CREATE INDEX "IX_AssessmentDays_Date" ON "AssessmentDays" ("Date");

CREATE UNIQUE INDEX "IX_CallRecordings_MockCallId" ON "CallRecordings" ("MockCallId");

CREATE UNIQUE INDEX "IX_MockCallEvents_MockCallId_Sequence" ON "MockCallEvents" ("MockCallId", "Sequence");

CREATE INDEX "IX_MockCalls_AssessmentDayId" ON "MockCalls" ("AssessmentDayId");

CREATE INDEX "IX_MockCalls_AssessorUserId" ON "MockCalls" ("AssessorUserId");

CREATE INDEX "IX_MockCalls_CandidateId" ON "MockCalls" ("CandidateId");

CREATE INDEX "IX_MockCalls_RolePlayerUserId" ON "MockCalls" ("RolePlayerUserId");

CREATE INDEX "IX_MockCalls_SecondAssessorUserId" ON "MockCalls" ("SecondAssessorUserId");

CREATE INDEX "IX_RecordingAccesses_CallRecordingId" ON "RecordingAccesses" ("CallRecordingId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124090000_MockCalls', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "MockCallScorecards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MockCallScorecards" PRIMARY KEY,
    "MockCallId" TEXT NOT NULL,
    "AssessorUserId" TEXT NOT NULL,
    "SubmittedUtc" TEXT NOT NULL,
    "Sheet" TEXT NOT NULL,
    CONSTRAINT "FK_MockCallScorecards_MockCalls_MockCallId" FOREIGN KEY ("MockCallId") REFERENCES "MockCalls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MockCallModerations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MockCallModerations" PRIMARY KEY,
    "MockCallId" TEXT NOT NULL,
    "ModeratorUserId" TEXT NOT NULL,
    "ModeratedUtc" TEXT NOT NULL,
    "Decision" TEXT NOT NULL,
    CONSTRAINT "FK_MockCallModerations_MockCalls_MockCallId" FOREIGN KEY ("MockCallId") REFERENCES "MockCalls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MockCallResults" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MockCallResults" PRIMARY KEY,
    "MockCallId" TEXT NOT NULL,
    "CandidateId" TEXT NOT NULL,
    "Passed" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "DecidedUtc" TEXT NOT NULL,
    "Scores" TEXT NOT NULL,
    "Accuracy" TEXT NOT NULL,
    "FunnelMovedUtc" TEXT NULL,
    "FunnelRefusal" TEXT NULL,
    CONSTRAINT "FK_MockCallResults_MockCalls_MockCallId" FOREIGN KEY ("MockCallId") REFERENCES "MockCalls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CandidateFeedback" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CandidateFeedback" PRIMARY KEY,
    "MockCallId" TEXT NOT NULL,
    "CandidateId" TEXT NOT NULL,
    "Strengths" TEXT NOT NULL,
    "DevelopmentPoints" TEXT NOT NULL,
    "WrittenByUserId" TEXT NOT NULL,
    "WrittenUtc" TEXT NOT NULL,
    "PublishedByUserId" TEXT NULL,
    "PublishedUtc" TEXT NULL,
    CONSTRAINT "FK_CandidateFeedback_MockCalls_MockCallId" FOREIGN KEY ("MockCallId") REFERENCES "MockCalls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CallSpeechAnalytics" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CallSpeechAnalytics" PRIMARY KEY,
    "MockCallId" TEXT NOT NULL,
    "DurationMs" INTEGER NOT NULL,
    "CallerTalkMs" INTEGER NOT NULL,
    "CandidateTalkMs" INTEGER NOT NULL,
    "CandidateTalkRatio" REAL NULL,
    "Interruptions" INTEGER NOT NULL,
    "Responses" INTEGER NOT NULL,
    "MedianResponseLatencyMs" INTEGER NULL,
    "WorstResponseLatencyMs" INTEGER NULL,
    "LongestSilenceMs" INTEGER NULL,
    "LongestSilenceAtMs" INTEGER NULL,
    "RecordingSha256" TEXT NOT NULL,
    "AnalysedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_CallSpeechAnalytics_MockCalls_MockCallId" FOREIGN KEY ("MockCallId") REFERENCES "MockCalls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CalibrationSets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalibrationSets" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);

CREATE TABLE "CalibrationItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalibrationItems" PRIMARY KEY,
    "CalibrationSetId" TEXT NOT NULL,
    "MockCallId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Reference" TEXT NOT NULL,
    CONSTRAINT "FK_CalibrationItems_CalibrationSets_CalibrationSetId" FOREIGN KEY ("CalibrationSetId") REFERENCES "CalibrationSets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CalibrationItems_MockCalls_MockCallId" FOREIGN KEY ("MockCallId") REFERENCES "MockCalls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CalibrationAssignments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalibrationAssignments" PRIMARY KEY,
    "CalibrationSetId" TEXT NOT NULL,
    "AssessorUserId" TEXT NOT NULL,
    "AssignedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_CalibrationAssignments_CalibrationSets_CalibrationSetId" FOREIGN KEY ("CalibrationSetId") REFERENCES "CalibrationSets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CalibrationScorecards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalibrationScorecards" PRIMARY KEY,
    "CalibrationItemId" TEXT NOT NULL,
    "AssessorUserId" TEXT NOT NULL,
    "SubmittedUtc" TEXT NOT NULL,
    "Sheet" TEXT NOT NULL,
    CONSTRAINT "FK_CalibrationScorecards_CalibrationItems_CalibrationItemId" FOREIGN KEY ("CalibrationItemId") REFERENCES "CalibrationItems" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_MockCallScorecards_MockCallId_AssessorUserId" ON "MockCallScorecards" ("MockCallId", "AssessorUserId");

CREATE INDEX "IX_MockCallScorecards_AssessorUserId" ON "MockCallScorecards" ("AssessorUserId");

CREATE UNIQUE INDEX "IX_MockCallModerations_MockCallId" ON "MockCallModerations" ("MockCallId");

CREATE UNIQUE INDEX "IX_MockCallResults_MockCallId" ON "MockCallResults" ("MockCallId");

CREATE INDEX "IX_MockCallResults_CandidateId" ON "MockCallResults" ("CandidateId");

CREATE UNIQUE INDEX "IX_CandidateFeedback_MockCallId" ON "CandidateFeedback" ("MockCallId");

CREATE INDEX "IX_CandidateFeedback_CandidateId" ON "CandidateFeedback" ("CandidateId");

CREATE UNIQUE INDEX "IX_CallSpeechAnalytics_MockCallId" ON "CallSpeechAnalytics" ("MockCallId");

CREATE UNIQUE INDEX "IX_CalibrationItems_CalibrationSetId_MockCallId" ON "CalibrationItems" ("CalibrationSetId", "MockCallId");

CREATE INDEX "IX_CalibrationItems_MockCallId" ON "CalibrationItems" ("MockCallId");

CREATE UNIQUE INDEX "IX_CalibrationAssignments_CalibrationSetId_AssessorUserId" ON "CalibrationAssignments" ("CalibrationSetId", "AssessorUserId");

CREATE INDEX "IX_CalibrationAssignments_AssessorUserId" ON "CalibrationAssignments" ("AssessorUserId");

CREATE UNIQUE INDEX "IX_CalibrationScorecards_CalibrationItemId_AssessorUserId" ON "CalibrationScorecards" ("CalibrationItemId", "AssessorUserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125090000_Assessment', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Candidates" ADD "AssessmentErasedUtc" TEXT NULL;

ALTER TABLE "Candidates" ADD "IdentityErasedUtc" TEXT NULL;

CREATE TABLE "AccessAuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AccessAuditEntries" PRIMARY KEY,
    "AtUtc" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "CandidateId" TEXT NOT NULL,
    "MockCallId" TEXT NULL
);

CREATE INDEX "IX_AccessAuditEntries_AtUtc" ON "AccessAuditEntries" ("AtUtc");

CREATE INDEX "IX_AccessAuditEntries_CandidateId_AtUtc" ON "AccessAuditEntries" ("CandidateId", "AtUtc");

CREATE INDEX "IX_AccessAuditEntries_UserId_AtUtc" ON "AccessAuditEntries" ("UserId", "AtUtc");

CREATE TABLE "DeletionRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DeletionRecords" PRIMARY KEY,
    "AtUtc" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "CandidateCount" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL
);

CREATE INDEX "IX_DeletionRecords_AtUtc" ON "DeletionRecords" ("AtUtc");

INSERT INTO "AccessAuditEntries" ("Id", "AtUtc", "UserId", "UserName", "Action", "CandidateId", "MockCallId")
SELECT a."Id", a."AtUtc", a."UserId", COALESCE(u."DisplayName", ''), 'ListenedToRecording', c."CandidateId", r."MockCallId"
FROM "RecordingAccesses" a
JOIN "CallRecordings" r ON r."Id" = a."CallRecordingId"
JOIN "MockCalls" c ON c."Id" = r."MockCallId"
LEFT JOIN "AspNetUsers" u ON u."Id" = a."UserId";

DROP TABLE "RecordingAccesses";

CREATE TRIGGER "AccessAuditEntries_no_update" BEFORE UPDATE ON "AccessAuditEntries"
BEGIN SELECT RAISE(ABORT, 'AccessAuditEntries is append-only: entries cannot be changed or deleted.'); END;

CREATE TRIGGER "AccessAuditEntries_no_delete" BEFORE DELETE ON "AccessAuditEntries"
BEGIN SELECT RAISE(ABORT, 'AccessAuditEntries is append-only: entries cannot be changed or deleted.'); END;

CREATE TRIGGER "DeletionRecords_no_update" BEFORE UPDATE ON "DeletionRecords"
BEGIN SELECT RAISE(ABORT, 'DeletionRecords is append-only: entries cannot be changed or deleted.'); END;

CREATE TRIGGER "DeletionRecords_no_delete" BEFORE DELETE ON "DeletionRecords"
BEGIN SELECT RAISE(ABORT, 'DeletionRecords is append-only: entries cannot be changed or deleted.'); END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126090000_DataProtection', '10.0.15');

COMMIT;

