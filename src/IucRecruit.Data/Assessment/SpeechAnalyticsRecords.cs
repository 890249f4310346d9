using IucRecruit.Audio.Analysis;
using IucRecruit.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Assessment;

/// <summary>
/// A call's speech analytics, worked out from its finished recording the first time anyone asks
/// (the review page or a scoring page) and kept, so every later reader sees the same figures
/// without reading the recording again.
/// </summary>
public sealed class SpeechAnalyticsRecords(RecruitmentDbContext db, RecordingStorage recordings, TimeProvider clock)
{
    /// <summary>The figures, or null while the call has no finished recording.</summary>
    public async Task<CallSpeechAnalytics?> GetOrComputeAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var stored = await db.CallSpeechAnalytics.AsNoTracking().SingleOrDefaultAsync(a => a.MockCallId == callId, cancellationToken);
        if (stored is not null) return stored;
        var recording = await db.CallRecordings.AsNoTracking()
            .SingleOrDefaultAsync(r => r.MockCallId == callId && r.CompletedUtc != null, cancellationToken);
        if (recording is null) return null;

        var report = await Task.Run(() => SpeechAnalytics.Analyse(recordings.PathOf(recording)), cancellationToken);
        var analytics = From(callId, report, recording, clock.GetUtcNow().UtcDateTime);
        db.CallSpeechAnalytics.Add(analytics);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return analytics;
        }
        catch (DbUpdateException)
        {
            // Someone else asked at the same moment and stored the same figures first.
            db.ChangeTracker.Clear();
            return await db.CallSpeechAnalytics.AsNoTracking().SingleAsync(a => a.MockCallId == callId, cancellationToken);
        }
    }

    private static CallSpeechAnalytics From(Guid callId, SpeechAnalyticsReport report, CallRecording recording, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        MockCallId = callId,
        DurationMs = Ms(report.Duration),
        CallerTalkMs = Ms(report.CallerTalkTime),
        CandidateTalkMs = Ms(report.CandidateTalkTime),
        CandidateTalkRatio = report.CandidateTalkRatio,
        Interruptions = report.Interruptions.Count,
        Responses = report.Responses.Count,
        MedianResponseLatencyMs = report.MedianResponseLatency is { } median ? Ms(median) : null,
        WorstResponseLatencyMs = report.WorstResponseLatency is { } worst ? Ms(worst) : null,
        LongestSilenceMs = report.LongestSilence is { } silence ? Ms(silence.Duration) : null,
        LongestSilenceAtMs = report.LongestSilence is { } at ? Ms(at.Start) : null,
        RecordingSha256 = recording.Sha256 ?? "",
        AnalysedUtc = now,
    };

    private static long Ms(TimeSpan time) => (long)Math.Round(time.TotalMilliseconds);
}
