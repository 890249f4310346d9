using System.Text.Json;
using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Practice;
using IucRecruit.Core.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Practice;

/// <summary>
/// Starts practice calls and takes their results: the start when the page is asked for a call,
/// the result once at the end, the answer once after it. The call between runs in the browser
/// (docs/decisions/0067), so these are the server's only work per practice call.
/// </summary>
public sealed class PracticeAttempts(RecruitmentDbContext db, ScenarioLibrary library, TimeProvider clock)
{
    /// <summary>The longest text a call-record field may hold, as in the mock call.</summary>
    public const int FieldMaxLength = 200;

    public PracticeCall? Find(string practiceCallId) => library.PracticeCalls.FirstOrDefault(p => p.Id == practiceCallId);

    /// <summary>A new attempt, or null when the campaign or the practice call does not exist.
    /// <paramref name="candidateId"/> is the signed-in candidate's, if they belong to the campaign.</summary>
    public async Task<PracticeAttempt?> StartAsync(Guid campaignId, string practiceCallId, Guid? candidateId, CancellationToken cancellationToken)
    {
        if (Find(practiceCallId) is not { } call || !await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken)) return null;
        var ownCandidate = candidateId is { } id && await db.Candidates.AnyAsync(c => c.Id == id && c.CampaignId == campaignId, cancellationToken);
        var attempt = new PracticeAttempt
        {
            Id = Guid.CreateVersion7(),
            CampaignId = campaignId,
            CandidateId = ownCandidate ? candidateId : null,
            PracticeCallId = call.Id,
            PracticeCallVersion = call.Version,
            StartedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PracticeAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return attempt;
    }

    public Task<PracticeAttempt?> LoadAsync(Guid campaignId, Guid attemptId, CancellationToken cancellationToken) =>
        db.PracticeAttempts.AsNoTracking().Include(a => a.Campaign)
            .SingleOrDefaultAsync(a => a.Id == attemptId && a.CampaignId == campaignId, cancellationToken);

    /// <summary>The result, taken once: the call record checked by the mock call's accuracy rules
    /// and the browser's measures. Returns the refusal in words, or null when stored.</summary>
    public async Task<string?> CompleteAsync(PracticeAttempt attempt, IReadOnlyDictionary<string, string?> typed, PracticeMeasures measures,
        CancellationToken cancellationToken)
    {
        if (Find(attempt.PracticeCallId) is not { } call) return "This practice call is no longer in the library.";
        if (measures.Problem(call.Turns.Count) is { } problem) return problem;
        var record = new Dictionary<string, string>();
        foreach (var field in call.CallRecord)
        {
            if (typed.TryGetValue(field.Id, out var text) && text?.Trim() is { Length: > 0 } trimmed)
                record[field.Id] = trimmed.Length > FieldMaxLength ? trimmed[..FieldMaxLength] : trimmed;
        }
        var json = JsonSerializer.Serialize(record);
        if (json.Length > PracticeAttempt.RecordJsonLength) return "The call record is too long to keep.";
        var report = AccuracyEvidence.Check(call, record);
        var now = clock.GetUtcNow().UtcDateTime;
        // Once: a second post (a double click, a replay) finds it completed and changes nothing.
        var stored = await db.PracticeAttempts.Where(a => a.Id == attempt.Id && a.CompletedUtc == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.CompletedUtc, now)
                .SetProperty(a => a.RecordJson, json)
                .SetProperty(a => a.FieldsMatched, report.FieldsMatched)
                .SetProperty(a => a.FieldCount, report.FieldCount)
                .SetProperty(a => a.DurationMs, measures.DurationMs)
                .SetProperty(a => a.CandidateSpeechMs, measures.CandidateSpeechMs)
                .SetProperty(a => a.CallerSpeechMs, measures.CallerSpeechMs)
                .SetProperty(a => a.MedianResponseMs, measures.MedianResponseMs)
                .SetProperty(a => a.LongestResponseMs, measures.LongestResponseMs)
                .SetProperty(a => a.TurnsHeard, measures.TurnsHeard), cancellationToken);
        return stored == 1 ? null : "This practice call's result has already been handed in.";
    }

    /// <summary>The answer to "Is this job for you?", once, after the result.</summary>
    public async Task<string?> AnswerAsync(Guid attemptId, PracticeAnswer answer, IEnumerable<NotForMeReason> reasons, CancellationToken cancellationToken)
    {
        var stored = Core.Practice.NotForMeReasons.Store(answer == PracticeAnswer.NotForMe ? reasons : []);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.PracticeAttempts.Where(a => a.Id == attemptId && a.CompletedUtc != null && a.Answer == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Answer, answer)
                .SetProperty(a => a.NotForMeReasons, stored)
                .SetProperty(a => a.AnsweredUtc, now), cancellationToken);
        return changed == 1 ? null : "This practice call has already been answered, or has not been finished.";
    }

    /// <summary>The accuracy report of a finished attempt, from the call record it stored, by the
    /// practice call as it is now (null when it has left the library).</summary>
    public AccuracyReport? Accuracy(PracticeAttempt attempt) =>
        Find(attempt.PracticeCallId) is { } call && attempt.RecordJson is { } json
            ? AccuracyEvidence.Check(call, JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])
            : null;

    /// <summary>An invited candidate's practice calls, oldest first, for their stage log's story.</summary>
    public async Task<IReadOnlyList<PracticeAttempt>> ForCandidateAsync(Guid candidateId, CancellationToken cancellationToken) =>
        await db.PracticeAttempts.AsNoTracking().Where(a => a.CandidateId == candidateId).OrderBy(a => a.StartedUtc).ToListAsync(cancellationToken);
}
