using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calibration;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Scenarios;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Demo;

/// <summary>
/// The assessment in the demo: earlier today, four demo candidates took their mock calls. The
/// assessors' evidence is in the calls' logs; the ratings, the lead assessor's moderation, the
/// results, the funnel moves and the feedback go through the same services as a real assessment.
/// A manager sees a moderated call, a failed one, a passed one and one still waiting for its
/// rating, and a calibration set that three assessors have scored. The recordings are assembled
/// from the library's recorded clips (caller) and the listening exercise's call (candidate).
/// Runs once.
/// </summary>
public sealed class DemoAssessment(
    RecruitmentDbContext db, UserManager<AppUser> users, CallEventStore events, ScenarioLibrary library, ScenarioVersionArchive archive,
    CallAssessments assessments, FeedbackRecords feedback, CalibrationSets calibration, StageLog stageLog, RecordingStorage recordings, TimeProvider clock)
{
    public const string DayLocation = "Northfield contact centre (demo, earlier today)";
    public const string CalibrationSetName = "Demo calibration – spring assessors";

    /// <summary>Assessors besides the demo's own: a second assessor and a third for calibration.</summary>
    public static readonly IReadOnlyList<DemoAccount> ExtraAssessors =
    [
        new("bilal.assessor@demo.iucrecruit.test", "Bilal Second-assessor", Roles.Assessor),
        new("chen.assessor@demo.iucrecruit.test", "Chen Calibrator", Roles.Assessor),
    ];

    /// <summary>One demo call: who, which scenario, what the candidate typed (fields not named are
    /// typed right), the evidence, and each assessor's ratings (null: not rated yet).</summary>
    private sealed record Plan(
        string Candidate, string ScenarioId, bool DoubleScored, IReadOnlyDictionary<string, string> Typed, IReadOnlyList<Note> Evidence,
        Ratings? First, Ratings? Second, string[] CriticalFails, (string Strengths, string Development, bool Publish)? Feedback);

    /// <summary>A piece of evidence, <paramref name="Second"/> seconds into the call, by the first
    /// assessor or the second, about a criterion or critical fail.</summary>
    private sealed record Note(int Second, bool ByFirst, EvidenceKind Kind, string? About, string Text);

    /// <summary>An assessor's points on each criterion of the demo scenarios' rubric.</summary>
    private sealed record Ratings(int Accuracy, int Empathy, int CallHandling, int Listening, int SafetyNetting)
    {
        public Dictionary<string, int?> ByCriterion() => new()
        {
            ["accuracy"] = Accuracy, ["empathy"] = Empathy, ["call-handling"] = CallHandling, ["listening"] = Listening,
            ["safety-netting"] = SafetyNetting,
        };
    }

    private static readonly Plan[] Plans =
    [
        new("Priya", "back-pain-football", true, new Dictionary<string, string> { ["date-of-birth"] = "21/08/1999", ["disposition"] = "Self care" },
            [new(12, true, EvidenceKind.Strength, "empathy", ""), new(25, false, EvidenceKind.Strength, "accuracy", "Reads the number back"),
             new(31, true, EvidenceKind.Concern, "accuracy", "Date of birth not confirmed"), new(34, true, EvidenceKind.Strength, "call-handling", "")],
            new(Accuracy: 2, Empathy: 3, CallHandling: 3, Listening: 3, SafetyNetting: 2),
            new(Accuracy: 4, Empathy: 4, CallHandling: 3, Listening: 3, SafetyNetting: 3),
            [],
            ("You were warm from the start and took his details in a clear order.",
             "Confirm the date of birth back to the caller, as you did the phone number.", true)),
        new("Daniel", "floppy-child", true, new Dictionary<string, string> { ["disposition"] = "GP appointment tomorrow", ["postcode"] = "HU5 2DS" },
            [new(15, true, EvidenceKind.Concern, "call-handling", "Carries on with routine questions"),
             new(28, true, EvidenceKind.CriticalFail, "floppy-child-not-escalated", ""), new(33, false, EvidenceKind.CriticalFail, "floppy-child-not-escalated", "")],
            new(Accuracy: 2, Empathy: 3, CallHandling: 1, Listening: 2, SafetyNetting: 2),
            new(Accuracy: 2, Empathy: 3, CallHandling: 1, Listening: 2, SafetyNetting: 1),
            ["floppy-child-not-escalated"],
            ("You stayed polite with a frightened mother.",
             "A floppy child who is hard to wake needs an ambulance at once, before any routine questions.", false)),
        new("Grace", "dental-pain", false, new Dictionary<string, string>(),
            [new(20, true, EvidenceKind.Note, null, "Asks about swelling and swallowing early")],
            new(Accuracy: 3, Empathy: 3, CallHandling: 4, Listening: 3, SafetyNetting: 3), null, [], null),
        new("Tom", "gp-already-tried", false, new Dictionary<string, string> { ["disposition"] = "Call the GP again" },
            [new(18, true, EvidenceKind.Concern, "empathy", "Sounds impatient")],
            null, null, [], null),
    ];

    public async Task EnsureAsync(DemoData demo, string password, CancellationToken cancellationToken = default)
    {
        if (await db.AssessmentDays.AnyAsync(d => d.CampaignId == demo.Campaign.Id && d.Location == DayLocation, cancellationToken)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var account in ExtraAssessors)
            await DemoDataSeeder.EnsureStaffAsync(users, account, demo.Organisation.Id, password, now);
        var asha = await StaffIdAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.Assessor).Email, cancellationToken);
        var bilal = await StaffIdAsync(ExtraAssessors[0].Email, cancellationToken);
        var chen = await StaffIdAsync(ExtraAssessors[1].Email, cancellationToken);
        var morgan = await StaffIdAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RecruitingManager).Email, cancellationToken);
        var robin = await StaffIdAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RolePlayer).Email, cancellationToken);

        var firstAnswered = now.AddHours(-4);
        var day = new AssessmentDay
        {
            Id = Guid.CreateVersion7(), CampaignId = demo.Campaign.Id, Date = DateOnly.FromDateTime(Core.Time.UkTime.ToUk(firstAnswered)),
            Location = DayLocation, CreatedUtc = now,
        };
        db.AssessmentDays.Add(day);
        await db.SaveChangesAsync(cancellationToken);

        var calls = new List<Guid>();
        for (var i = 0; i < Plans.Length; i++)
        {
            var plan = Plans[i];
            var candidate = await db.Candidates.SingleAsync(c => c.CampaignId == demo.Campaign.Id && c.GivenName == plan.Candidate, cancellationToken);
            var scenario = (Scenario)library.Find(plan.ScenarioId)!;
            await MoveToMockCallDayAsync(candidate, cancellationToken);
            var callId = await AddCallAsync(day, candidate, scenario, robin, asha, plan.DoubleScored ? bilal : null, firstAnswered.AddMinutes(45 * i),
                plan, cancellationToken);
            calls.Add(callId);
            await RateAsync(callId, scenario, asha, plan.First, plan.CriticalFails, cancellationToken);
            await RateAsync(callId, scenario, bilal, plan.Second, plan.CriticalFails, cancellationToken);
        }

        // Priya's assessors disagree on accuracy (2 and 4): the manager settles it as the lead.
        var moderated = await assessments.LoadAsync(calls[0], cancellationToken);
        await assessments.ModerateAsync(calls[0], morgan, holdsALeadRole: true, new Core.Assessment.Scoring.ModerationDecision(
            moderated!.State.CriteriaToModerate.Select(c => new Core.Assessment.Scoring.AgreedRating(c.Criterion.Id, 3,
                "Listened again: every detail right and the number read back; the date of birth was not confirmed.")).ToList(), []), cancellationToken);
        for (var i = 0; i < Plans.Length; i++)
            if (Plans[i].Feedback is { } words) await WriteFeedbackAsync(calls[i], asha, morgan, words, cancellationToken);

        await AddCalibrationSetAsync(calls.Take(3).ToList(), morgan, [asha, bilal, chen], cancellationToken);
    }

    /// <summary>Sifted, invited and through the listening exercise: where a candidate is when they
    /// come to their mock call. The demo skips the stages in between, with the reason.</summary>
    private async Task MoveToMockCallDayAsync(Candidate candidate, CancellationToken cancellationToken) =>
        await stageLog.RecordAsync(candidate.Id, StageTransition.Enter(FunnelStage.ListeningExercise, "Demo: invited straight to the assessment day",
            skipping: [FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged]), null, cancellationToken);

    private async Task<Guid> AddCallAsync(AssessmentDay day, Candidate candidate, Scenario scenario, Guid rolePlayer, Guid assessor, Guid? second,
        DateTime answered, Plan plan, CancellationToken cancellationToken)
    {
        archive.Keep(scenario);
        var call = new MockCall
        {
            Id = Guid.CreateVersion7(), AssessmentDayId = day.Id, CandidateId = candidate.Id, RolePlayerUserId = rolePlayer,
            AssessorUserId = assessor, SecondAssessorUserId = second, ScenarioId = scenario.Id, ScenarioVersion = scenario.Version,
            SlotStartUtc = answered.AddMinutes(-5), SlotEndUtc = answered.AddMinutes(25), Phase = CallPhase.Waiting, CreatedUtc = day.CreatedUtc,
        };
        db.MockCalls.Add(call);
        await db.SaveChangesAsync(cancellationToken);

        var (caller, candidateVoice) = Recording(scenario);
        var lengthMs = caller.Length / 8;
        var log = new List<CallEvent>
        {
            new RecordingConsentAnswered(answered.AddMinutes(-3), 0, true, "demo", "I agree to this call being recorded for my assessment."),
            new CallRang(answered.AddSeconds(-8), 0),
            new CallAnswered(answered, 0),
        };
        var second10 = 5;
        foreach (var field in scenario.CallRecord)
            log.Add(new RecordFieldChanged(answered.AddSeconds(second10), 1000L * (second10 += 4), field.Id, plan.Typed.GetValueOrDefault(field.Id, field.Expected.Value)));
        foreach (var (atSecond, byFirst, kind, about, text) in plan.Evidence)
        {
            var isCriticalFail = kind == EvidenceKind.CriticalFail;
            log.Add(new EvidenceNoted(answered.AddSeconds(atSecond), atSecond * 1000L, byFirst ? assessor : second!.Value, kind,
                isCriticalFail ? null : about, isCriticalFail ? about : null, text));
        }
        log.Add(new CallEnded(answered.AddMilliseconds(lengthMs), lengthMs, CallParty.Candidate));
        await events.AppendAsync(call.Id, 0, log.OrderBy(e => e.AtUtc).ToList(), CallPhase.Ended, null, cancellationToken);

        var relative = Path.Combine("demo", $"{call.Id:N}.wav");
        var path = Path.Combine(recordings.Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var writer = WavWriter.Create(path, 8000, 2))
            writer.Write(caller.Zip(candidateVoice, (l, r) => new[] { l, r }).SelectMany(pair => pair).ToArray());
        var recording = await events.StartRecordingAsync(call.Id, relative, 8000, 2, answered, cancellationToken);
        await events.CompleteRecordingAsync(recording.Id, lengthMs, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))),
            answered.AddMilliseconds(lengthMs), cancellationToken);
        return call.Id;
    }

    /// <summary>Turns of a conversation: the caller's turns are the scenario's clips, the candidate's
    /// are stretches of the listening exercise's recorded call, with short gaps between.</summary>
    private (short[] Caller, short[] Candidate) Recording(Scenario scenario)
    {
        var exercise = library.ListeningExercises[0];
        var speech = WavReader.ReadSamples(library.PathOf(exercise, exercise.Recording)).Channels[0];
        var caller = new List<short>();
        var candidate = new List<short>();
        void Turn(List<short> speaking, List<short> silent, ReadOnlySpan<short> samples, int gapMs)
        {
            speaking.AddRange(samples);
            silent.AddRange(new short[samples.Length]);
            caller.AddRange(new short[gapMs * 8]);
            candidate.AddRange(new short[gapMs * 8]);
        }
        Turn(caller, candidate, new short[4000], 0);
        for (var turn = 0; turn < scenario.Clips.Count; turn++)
        {
            var clip = WavReader.ReadSamples(archive.PathOf(scenario, scenario.Clips[turn])).Channels[0];
            Turn(caller, candidate, clip, 600 + 200 * turn);
            var from = (turn * 6 + 3) * 8000 % Math.Max(1, speech.Length - 48000);
            Turn(candidate, caller, speech.AsSpan(from, Math.Min(40000, speech.Length - from)), 500);
        }
        return (caller.ToArray(), candidate.ToArray());
    }

    private async Task RateAsync(Guid callId, Scenario scenario, Guid assessor, Ratings? ratings, string[] criticalFails, CancellationToken cancellationToken)
    {
        if (ratings is not null) await assessments.SubmitAsync(callId, assessor, Points(scenario, ratings), criticalFails, cancellationToken);
    }

    private async Task WriteFeedbackAsync(Guid callId, Guid author, Guid manager, (string Strengths, string Development, bool Publish) words,
        CancellationToken cancellationToken)
    {
        var assessment = (await assessments.LoadAsync(callId, cancellationToken))!;
        await feedback.SaveDraftAsync(assessment, author, words.Strengths, words.Development, cancellationToken);
        if (words.Publish) await feedback.PublishAsync(assessment, manager, cancellationToken);
    }

    /// <summary>Three assessors score three of the day's recordings blind; the third marks higher
    /// than the others, so the report has a lenient assessor to find. The first recording has an
    /// expert's reference scores.</summary>
    private async Task AddCalibrationSetAsync(IReadOnlyList<Guid> calls, Guid manager, Guid[] assessors, CancellationToken cancellationToken)
    {
        var (set, _) = await calibration.CreateAsync(CalibrationSetName, manager, cancellationToken);
        foreach (var call in calls) await calibration.AddRecordingAsync(set!.Id, call, cancellationToken);
        foreach (var assessor in assessors) await calibration.AssignAsync(set!.Id, assessor, cancellationToken);
        var view = (await calibration.LoadAsync(set!.Id, cancellationToken))!;
        await calibration.SetReferenceAsync(view.Items[0].Record.Id,
            Points(view.Items[0].Scenario, new Ratings(Accuracy: 3, Empathy: 3, CallHandling: 3, Listening: 3, SafetyNetting: 2)), cancellationToken);
        Ratings[][] sheets =
        [
            [
                new(Accuracy: 3, Empathy: 3, CallHandling: 3, Listening: 2, SafetyNetting: 2),
                new(Accuracy: 2, Empathy: 3, CallHandling: 1, Listening: 2, SafetyNetting: 2),
                new(Accuracy: 3, Empathy: 3, CallHandling: 4, Listening: 3, SafetyNetting: 3),
            ],
            [
                new(Accuracy: 3, Empathy: 4, CallHandling: 3, Listening: 3, SafetyNetting: 3),
                new(Accuracy: 1, Empathy: 2, CallHandling: 1, Listening: 2, SafetyNetting: 1),
                new(Accuracy: 3, Empathy: 4, CallHandling: 3, Listening: 3, SafetyNetting: 2),
            ],
            [
                new(Accuracy: 4, Empathy: 4, CallHandling: 3, Listening: 4, SafetyNetting: 3),
                new(Accuracy: 3, Empathy: 3, CallHandling: 2, Listening: 2, SafetyNetting: 3),
                new(Accuracy: 4, Empathy: 4, CallHandling: 4, Listening: 4, SafetyNetting: 3),
            ],
        ];
        for (var a = 0; a < assessors.Length; a++)
            for (var i = 0; i < view.Items.Count; i++)
                await calibration.SubmitAsync(view.Items[i].Record.Id, assessors[a], Points(view.Items[i].Scenario, sheets[a][i]), [], cancellationToken);
    }

    /// <summary>The ratings as the scoring service takes them; a demo scenario whose rubric has
    /// other criteria is a mistake in the demo, said at once.</summary>
    private static Dictionary<string, int?> Points(Scenario scenario, Ratings ratings)
    {
        var points = ratings.ByCriterion();
        if (!scenario.Rubric.Criteria.Select(c => c.Id).Order().SequenceEqual(points.Keys.Order()))
            throw new InvalidOperationException($"The demo's ratings do not fit the rubric of scenario '{scenario.Id}'.");
        return points;
    }

    private Task<Guid> StaffIdAsync(string email, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync(cancellationToken);
}
