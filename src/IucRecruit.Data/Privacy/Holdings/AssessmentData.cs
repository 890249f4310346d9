using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Privacy;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calibration;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>The assessment of the candidate's mock calls: each assessor's ratings, the lead
/// assessor's moderation, the result with its automatic accuracy check, the feedback, the speech
/// analytics, and calibration scores given to their recordings. (The assessors' time-stamped
/// evidence is in the call's log, which <see cref="MockCallData"/> covers.)</summary>
public sealed class AssessmentData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Mock-call assessment: ratings, moderation, result, feedback, speech analytics, calibration scores";

    public IReadOnlyList<Type> Tables =>
    [
        typeof(MockCallScorecard), typeof(MockCallModeration), typeof(MockCallResult), typeof(CandidateFeedback),
        typeof(CallSpeechAnalytics), typeof(CalibrationItem), typeof(CalibrationScorecard),
    ];

    public string WhenErased =>
        "The feedback's words, the lead assessor's reasons, and what the candidate typed as the accuracy check quoted it are " +
        "replaced by \"[erased]\". The ratings, pass or fail, the speech-analytics figures and calibration ratings stay, " +
        "anonymous, so agreement statistics and whether scores predict retention do not change.";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var calls = await db.MockCalls.AsNoTracking().Where(c => c.CandidateId == candidateId).OrderBy(c => c.SlotStartUtc)
            .Select(c => new { c.Id, c.SlotStartUtc }).ToListAsync(cancellationToken);
        var callIds = calls.Select(c => c.Id).ToList();
        var scorecards = await db.MockCallScorecards.AsNoTracking().Where(s => callIds.Contains(s.MockCallId)).ToListAsync(cancellationToken);
        var moderations = await db.MockCallModerations.AsNoTracking().Where(m => callIds.Contains(m.MockCallId)).ToListAsync(cancellationToken);
        var results = await db.MockCallResults.AsNoTracking().Where(r => callIds.Contains(r.MockCallId)).ToListAsync(cancellationToken);
        var feedback = await db.CandidateFeedback.AsNoTracking().Where(f => callIds.Contains(f.MockCallId)).ToListAsync(cancellationToken);
        var analytics = await db.CallSpeechAnalytics.AsNoTracking().Where(a => callIds.Contains(a.MockCallId)).ToListAsync(cancellationToken);
        var calibration = await (
                from item in db.CalibrationItems.AsNoTracking()
                join set in db.CalibrationSets.AsNoTracking() on item.CalibrationSetId equals set.Id
                where callIds.Contains(item.MockCallId)
                select new { item.Id, item.MockCallId, Set = set.Name, item.Reference })
            .ToListAsync(cancellationToken);
        var itemIds = calibration.Select(i => i.Id).ToList();
        var calibrationScores = await db.CalibrationScorecards.AsNoTracking().Where(s => itemIds.Contains(s.CalibrationItemId))
            .ToListAsync(cancellationToken);
        var staffIds = scorecards.Select(s => s.AssessorUserId).Concat(moderations.Select(m => m.ModeratorUserId))
            .Concat(feedback.Select(f => f.WrittenByUserId)).Concat(calibrationScores.Select(s => s.AssessorUserId)).Distinct().ToList();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        await archive.AddJsonAsync("mock-call-assessment.json", "How each of your mock calls was assessed: every assessor's " +
            "ratings per criterion and any critical fail they saw, the lead assessor's agreed ratings and reasons where the " +
            "assessors differed, the result with the automatic check of your call record, your feedback (and whether it was " +
            "published to you), the speech figures worked out from the recording, and ratings given to your recording when " +
            "it was used to train assessors.", calls.Select(call => new
            {
                Call = call.Id,
                call.SlotStartUtc,
                Ratings = scorecards.Where(s => s.MockCallId == call.Id).OrderBy(s => s.SubmittedUtc).Select(s => new
                {
                    Assessor = staff.GetValueOrDefault(s.AssessorUserId), s.SubmittedUtc, s.Sheet.Ratings, s.Sheet.CriticalFails,
                }),
                Moderation = moderations.Where(m => m.MockCallId == call.Id).Select(m => new
                {
                    LeadAssessor = staff.GetValueOrDefault(m.ModeratorUserId), m.ModeratedUtc, m.Decision.Ratings, m.Decision.CriticalFails,
                }).SingleOrDefault(),
                Result = results.Where(r => r.MockCallId == call.Id).Select(r => new
                {
                    r.Passed, r.Reason, r.DecidedUtc, r.Scores, AccuracyCheck = r.Accuracy.Checks,
                }).SingleOrDefault(),
                Feedback = feedback.Where(f => f.MockCallId == call.Id).Select(f => new
                {
                    f.Strengths, f.DevelopmentPoints, WrittenBy = staff.GetValueOrDefault(f.WrittenByUserId), f.WrittenUtc, f.PublishedUtc,
                }).SingleOrDefault(),
                SpeechAnalytics = analytics.SingleOrDefault(a => a.MockCallId == call.Id) is { } a ? new
                {
                    a.DurationMs, a.CallerTalkMs, a.CandidateTalkMs, a.CandidateTalkRatio, a.Interruptions, a.Responses,
                    a.MedianResponseLatencyMs, a.WorstResponseLatencyMs, a.LongestSilenceMs, a.LongestSilenceAtMs,
                } : null,
                Calibration = calibration.Where(i => i.MockCallId == call.Id).Select(i => new
                {
                    i.Set, ReferenceRatings = i.Reference,
                    Ratings = calibrationScores.Where(s => s.CalibrationItemId == i.Id).Select(s => new
                    {
                        Assessor = staff.GetValueOrDefault(s.AssessorUserId), s.SubmittedUtc, s.Sheet.Ratings, s.Sheet.CriticalFails,
                    }),
                }),
            }), cancellationToken);
    }

    public async Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken)
    {
        // Nothing here names the candidate: with the identity gone from their record, the rest is anonymous.
        if (!categories.HasFlag(PersonalDataCategory.Assessment)) return;
        var calls = db.MockCalls.Where(c => candidateIds.Contains(c.CandidateId)).Select(c => c.Id);

        work.Changed("Feedback blanked", await db.CandidateFeedback
            .Where(f => calls.Contains(f.MockCallId) && (f.Strengths != PersonalDataMarker.Erased || f.DevelopmentPoints != PersonalDataMarker.Erased))
            .ExecuteUpdateAsync(set => set
                .SetProperty(f => f.Strengths, PersonalDataMarker.Erased)
                .SetProperty(f => f.DevelopmentPoints, PersonalDataMarker.Erased), cancellationToken));

        var moderations = await db.MockCallModerations.Where(m => calls.Contains(m.MockCallId)).ToListAsync(cancellationToken);
        var moderated = 0;
        foreach (var moderation in moderations)
        {
            var blanked = new ModerationDecision(
                moderation.Decision.Ratings.Select(r => r with { Reason = PersonalDataMarker.Erased }).ToList(),
                moderation.Decision.CriticalFails.Select(c => c with { Reason = PersonalDataMarker.Erased }).ToList());
            if (blanked.Ratings.SequenceEqual(moderation.Decision.Ratings) && blanked.CriticalFails.SequenceEqual(moderation.Decision.CriticalFails)) continue;
            moderation.Decision = blanked;
            moderated++;
        }

        var results = await db.MockCallResults.Where(r => calls.Contains(r.MockCallId)).ToListAsync(cancellationToken);
        var checkedResults = 0;
        foreach (var result in results)
        {
            // The explanation quotes what was typed ("\"SW1A 1AA\" is not ..."), so it goes with it.
            var blanked = result.Accuracy.Checks
                .Select(c => c.Typed is null or PersonalDataMarker.Erased ? c
                    : c with { Typed = PersonalDataMarker.Erased, Explanation = PersonalDataMarker.Erased }).ToList();
            if (blanked.SequenceEqual(result.Accuracy.Checks)) continue;
            result.Accuracy = new AccuracyReport(blanked);
            checkedResults++;
        }
        await db.SaveChangesAsync(cancellationToken);
        work.Changed("Lead assessors' reasons blanked", moderated);
        work.Changed("Typed values blanked in accuracy checks", checkedResults);
    }
}
