using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calibration;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Scenarios;
using IucRecruit.Data.Tests.Funnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Tests.Privacy;

/// <summary>
/// A candidate with something in every table the product keeps about candidates: a record with
/// adjustments and notes, equality answers, a stage log with reasons, an invitation and a sign-in
/// account, a listening exercise, a mock call with its log (an assessor's note among it) and a
/// recording on disk, the call's assessment (ratings, moderation, result, feedback, speech analytics,
/// a calibration item scored), a scenario exposure and an entry in the access audit. Every personal value is distinctive, so a test can
/// look for it anywhere.
/// </summary>
internal sealed record PersonalDataFixture(Guid CandidateId, Guid CallId, string RecordingFile)
{
    public const string GivenName = "Siobhan";
    public const string FamilyName = "Quartermaine";
    public const string Email = "siobhan.quartermaine@example.org";
    public const string Mobile = "+447700900777";
    public const string Adjustment = "Screen reader, large print";
    public const string StageReason = "Mock call: missed the floppy toddler";
    public const string TypedPostcode = "WF1 2QX";
    public const string ListeningAnswer = "Mrs Featherstonehaugh";
    public const string AssessorNote = "Spoke over the caller about the inhaler";
    public const string ModerationReason = "Agreed after replaying the inhaler question";
    public const string FeedbackStrength = "Calm when the caller raised her voice";

    /// <summary>Every value that must be gone after an erasure.</summary>
    public static readonly IReadOnlyList<string> PersonalValues =
        [GivenName, FamilyName, Email, Mobile, Adjustment, StageReason, TypedPostcode, ListeningAnswer, AssessorNote, ModerationReason, FeedbackStrength];

    /// <summary>Adds the candidate, rejected <paramref name="rejectedDaysAgo"/> days ago.</summary>
    public static async Task<PersonalDataFixture> AddAsync(FunnelDatabase funnel, PrivacyServices services, int rejectedDaysAgo = 300)
    {
        var now = funnel.Now;
        Guid candidateId;
        await using (var db = funnel.Database.CreateContext())
        {
            var (candidate, refusal) = Applicants.Build(funnel.Campaign, new ApplicantDetails(GivenName, FamilyName, Email,
                    RecruitmentChannel.NhsJobs, now.AddDays(-rejectedDaysAgo - 100),
                    new EqualityMonitoring { Sex = Sex.Female, Ethnicity = Ethnicity.Mixed, RecordedUtc = now.AddDays(-rejectedDaysAgo - 100) },
                    [ContractType.PartTime], "Not before 10:00 on weekdays", Adjustment, Mobile), null, null, now);
            Assert.Null(refusal);
            await NewCandidates.WriteAsync(db, [candidate!], default);
            candidateId = candidate!.Candidate.Id;
        }
        Assert.True((await funnel.RecordAsync(candidateId, StageTransition.Enter(FunnelStage.Shortlisted, null, now.AddDays(-rejectedDaysAgo - 90)))).Succeeded);
        Assert.True((await funnel.RecordAsync(candidateId, StageTransition.End(FunnelOutcome.Rejected, StageReason, now.AddDays(-rejectedDaysAgo)))).Succeeded);

        await services.UseAsync(async s =>
        {
            await s.GetRequiredService<CandidateInvitationService>().IssueAsync(candidateId, TimeSpan.FromDays(14), null, Core.Messages.MessageKind.CandidateInvitation);
            var db = s.GetRequiredService<RecruitmentDbContext>();
            await Identity.IdentityRules.EnsureRolesAsync(db);
            await s.GetRequiredService<CandidateAccounts>().EnsureAsync(await db.Candidates.SingleAsync(c => c.Id == candidateId));
            return 0;
        });

        var start = now.AddDays(-rejectedDaysAgo - 30);
        var callId = Guid.CreateVersion7();
        var file = Path.Combine(services.Recordings.Folder, $"{callId:N}.wav");
        await using (var db = funnel.Database.CreateContext())
        {
            var attempt = new ListeningAttempt
            {
                Id = Guid.CreateVersion7(), CandidateId = candidateId, ExerciseId = "listening", ExerciseVersion = "v1",
                StartedUtc = start, TimeLimitSeconds = 600, DeadlineUtc = start.AddMinutes(10), PlaysAllowed = 2, PlaysUsed = 1,
                HandedInUtc = start.AddMinutes(8), Marks = 1, MaxMarks = 1,
            };
            attempt.Answers.Add(new ListeningAnswer
            {
                Id = Guid.CreateVersion7(), AttemptId = attempt.Id, Position = 0, QuestionId = "caller-name",
                Answer = ListeningAnswer, Marks = 1, MaxMarks = 1, Explanation = $"“{ListeningAnswer}” matches the caller's name",
            });
            var day = new AssessmentDay { Id = Guid.CreateVersion7(), CampaignId = funnel.Campaign.Id, Date = DateOnly.FromDateTime(start), Location = "Leeds", CreatedUtc = start };
            var call = new MockCall
            {
                Id = callId, AssessmentDayId = day.Id, CandidateId = candidateId, RolePlayerUserId = Guid.CreateVersion7(),
                AssessorUserId = Guid.CreateVersion7(), ScenarioId = "back-pain", ScenarioVersion = new string('a', 64),
                SlotStartUtc = start, SlotEndUtc = start.AddMinutes(30), Phase = CallPhase.Ended, CreatedUtc = start,
            };
            CallEvent[] events =
            [
                new RecordingConsentAnswered(start, 0, true, "2026-11-v1", "I agree that my mock call will be recorded."),
                new ParticipantJoined(start, 0, CallParty.Candidate, Guid.CreateVersion7(), $"{GivenName} {FamilyName}"),
                new ParticipantJoined(start, 0, CallParty.RolePlayer, call.RolePlayerUserId, "Robin Role-player"),
                new CallAnswered(start.AddSeconds(5), 0),
                new RecordFieldChanged(start.AddSeconds(30), 25_000, "postcode", TypedPostcode),
                new EvidenceNoted(start.AddSeconds(40), 35_000, call.AssessorUserId, EvidenceKind.Note, "empathy", null, AssessorNote),
                new EvidenceNoted(start.AddSeconds(41), 36_000, call.AssessorUserId, EvidenceKind.Strength, "accuracy", null, ""),
                new CallEnded(start.AddMinutes(5), 295_000, CallParty.Candidate),
            ];
            db.AddRange(attempt, day, call);
            db.ConditionsAcknowledgements.Add(new ConditionsAcknowledgement
            {
                Id = Guid.CreateVersion7(), CandidateId = candidateId, CampaignId = funnel.Campaign.Id, Version = 1,
                Method = AcknowledgementMethod.OnTheDay, AcknowledgedUtc = start,
            });
            db.MockCallEvents.AddRange(events.Select((e, i) => new MockCallEvent
            {
                Id = Guid.CreateVersion7(), MockCallId = callId, Sequence = i + 1, Type = CallEventJson.TypeName(e), AtUtc = e.AtUtc,
                CallMs = e.CallMs, Payload = CallEventJson.Serialize(e),
            }));
            db.CallRecordings.Add(new CallRecording
            {
                Id = Guid.CreateVersion7(), MockCallId = callId, RelativePath = Path.GetFileName(file), SampleRate = 8000, Channels = 2,
                DurationMs = 295_000, StartedUtc = start, CompletedUtc = start.AddMinutes(5), Sha256 = new string('b', 64),
            });
            AddAssessment(db, call, start.AddMinutes(10));
            db.ScenarioExposures.Add(new ScenarioExposure
            {
                Id = Guid.CreateVersion7(), ScenarioId = "back-pain", ScenarioVersion = call.ScenarioVersion, CandidateId = candidateId,
                OccurredUtc = start, Purpose = ExposurePurpose.MockCall,
            });
            db.PracticeAttempts.Add(new Data.Practice.PracticeAttempt
            {
                Id = Guid.CreateVersion7(), CampaignId = funnel.Campaign.Id, CandidateId = candidateId, PracticeCallId = "practice-sore-throat",
                PracticeCallVersion = new string('c', 64), StartedUtc = start.AddDays(-3), CompletedUtc = start.AddDays(-3).AddMinutes(4),
                FieldsMatched = 5, FieldCount = 6, Answer = Core.Practice.PracticeAnswer.ForMe,
            });
            await db.SaveChangesAsync();
        }
        Directory.CreateDirectory(services.Recordings.Folder);
        await File.WriteAllBytesAsync(file, Enumerable.Range(0, 4000).Select(i => (byte)i).ToArray());
        await services.UseAsync(async s =>
        {
            await s.GetRequiredService<AccessAudit>().RecordAsync(new Actor(Guid.CreateVersion7(), "Asha Assessor"), AccessAction.ListenedToRecording, candidateId, callId);
            return 0;
        });
        return new PersonalDataFixture(candidateId, callId, file);
    }

    private static void AddAssessment(RecruitmentDbContext db, MockCall call, DateTime scored)
    {
        var sheet = new ScoreSheet([new CriterionRating("accuracy", 3), new CriterionRating("empathy", 2)], []);
        db.MockCallScorecards.Add(new MockCallScorecard { Id = Guid.CreateVersion7(), MockCallId = call.Id, AssessorUserId = call.AssessorUserId, SubmittedUtc = scored, Sheet = sheet });
        db.MockCallModerations.Add(new MockCallModeration
        {
            Id = Guid.CreateVersion7(), MockCallId = call.Id, ModeratorUserId = Guid.CreateVersion7(), ModeratedUtc = scored,
            Decision = new ModerationDecision([new AgreedRating("empathy", 2, ModerationReason)], []),
        });
        db.MockCallResults.Add(new MockCallResult
        {
            Id = Guid.CreateVersion7(), MockCallId = call.Id, CandidateId = call.CandidateId, Passed = false, Reason = "Empathy is below its pass mark.",
            DecidedUtc = scored, Scores = [new FinalScore("empathy", 2, 4, false, "Agreed by the lead assessor")],
            Accuracy = new AccuracyReport([new AccuracyCheck(AccuracyCheckKind.Field, "postcode", "Postcode", TypedPostcode, "WF1 2QY", false,
                $"{TypedPostcode} is a different postcode from WF1 2QY.")]),
        });
        db.CandidateFeedback.Add(new CandidateFeedback
        {
            Id = Guid.CreateVersion7(), MockCallId = call.Id, CandidateId = call.CandidateId, Strengths = FeedbackStrength,
            DevelopmentPoints = "Confirm the postcode back to the caller", WrittenByUserId = call.AssessorUserId, WrittenUtc = scored,
            PublishedByUserId = Guid.CreateVersion7(), PublishedUtc = scored,
        });
        db.CallSpeechAnalytics.Add(new CallSpeechAnalytics
        {
            Id = Guid.CreateVersion7(), MockCallId = call.Id, DurationMs = 295_000, CallerTalkMs = 120_000, CandidateTalkMs = 110_000,
            CandidateTalkRatio = 0.48, Interruptions = 3, Responses = 20, RecordingSha256 = new string('b', 64), AnalysedUtc = scored,
        });
        var set = new CalibrationSet { Id = Guid.CreateVersion7(), Name = "Spring calibration", CreatedByUserId = Guid.CreateVersion7(), CreatedUtc = scored };
        var item = new CalibrationItem { Id = Guid.CreateVersion7(), CalibrationSetId = set.Id, MockCallId = call.Id, Position = 0, Reference = new Dictionary<string, int> { ["empathy"] = 2 } };
        db.AddRange(set, item, new CalibrationScorecard { Id = Guid.CreateVersion7(), CalibrationItemId = item.Id, AssessorUserId = Guid.CreateVersion7(), SubmittedUtc = scored, Sheet = sheet });
    }

    /// <summary>Every text column of every table the fixture wrote to, for this candidate, as one
    /// string: where an erased value must no longer appear.</summary>
    public async Task<string> EverythingStoredAsync(RecruitmentDbContext db)
    {
        var texts = new List<string?>();
        var candidate = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == CandidateId);
        texts.AddRange([candidate.GivenName, candidate.FamilyName, candidate.Email, candidate.MobileNumber, candidate.AdjustmentNotes, candidate.FlexibleWorkingNotes]);
        texts.AddRange(await db.StageEvents.Where(e => e.CandidateId == CandidateId).Select(e => e.Reason).ToListAsync());
        texts.AddRange(await db.MockCallEvents.Where(e => e.MockCallId == CallId).Select(e => e.Payload).ToListAsync());
        foreach (var answer in await db.ListeningAnswers.Where(a => db.ListeningAttempts.Any(x => x.Id == a.AttemptId && x.CandidateId == CandidateId)).ToListAsync())
            texts.AddRange([answer.Answer, answer.Explanation]);
        texts.AddRange(await db.CandidateFeedback.Where(f => f.MockCallId == CallId).Select(f => f.Strengths + f.DevelopmentPoints).ToListAsync());
        texts.AddRange((await db.MockCallModerations.Where(m => m.MockCallId == CallId).ToListAsync()).SelectMany(m => m.Decision.Ratings.Select(r => r.Reason)));
        texts.AddRange((await db.MockCallResults.Where(r => r.MockCallId == CallId).ToListAsync()).SelectMany(r => r.Accuracy.Checks.SelectMany(c => new[] { c.Typed, c.Explanation })));
        texts.AddRange(await db.Users.Where(u => u.CandidateId == CandidateId).Select(u => u.DisplayName).ToListAsync());
        texts.AddRange(await db.DeletionRecords.Select(r => r.Summary + r.Reason).ToListAsync());
        return string.Join("\n", texts);
    }
}
