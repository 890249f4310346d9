using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Assessment;
using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Features.Recordings;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Pages.Recordings;

/// <summary>Listen back to a call: both channels' waveforms and the call's timeline on one time
/// axis, with play, seek and a mute per channel, and the call's speech analytics. Assessors'
/// evidence is on the timeline for those the blind rules allow. Every listen is logged.</summary>
[Authorize(Policy = Policies.RecordingReview)]
public sealed class ReviewModel(
    RecruitmentDbContext db, RecordingAccessAudit access, RecordingStorage recordings, RecordingWaveforms waveforms, CallAssessments assessments,
    RecordingReviewAccess assessmentAccess, SpeechAnalyticsRecords analytics, StaffDirectory staff, ScenarioLibrary library) : PageModel
{
    public const int Columns = RecordingWaveforms.Columns;
    public const int Height = RecordingWaveforms.Height;

    [BindProperty(SupportsGet = true)]
    public Guid CallId { get; set; }

    /// <summary>Where to start playing, in call milliseconds (links from an assessor's evidence).</summary>
    [BindProperty(SupportsGet = true)]
    public long? At { get; set; }

    public MockCall Call { get; private set; } = null!;

    /// <summary>The candidate's name; empty for a blind calibration listener.</summary>
    public string CandidateName { get; private set; } = "";

    /// <summary>Listening only to score it in a calibration set: nothing of the call's own assessment is shown.</summary>
    public bool Blind { get; private set; }

    /// <summary>The scenario's title (its id only if the library no longer has it).</summary>
    public string ScenarioTitle => library.Find(Call.ScenarioId)?.Title ?? Call.ScenarioId;
    public CallRecording? Recording { get; private set; }
    public string CallerWaveform { get; private set; } = "";
    public string CandidateWaveform { get; private set; } = "";
    public IReadOnlyList<CallTimeline.Entry> Timeline { get; private set; } = [];
    public CallSpeechAnalytics? Analytics { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal) return refusal;
        await access.RecordAsync(Call, User, AccessAction.ViewedRecording, HttpContext.RequestAborted);
        if (Recording is { CompletedUtc: not null })
        {
            (CallerWaveform, CandidateWaveform) = waveforms.Of(Recording);
            Analytics = await analytics.GetOrComputeAsync(CallId, HttpContext.RequestAborted);
        }
        // The assessment carries the call's log; only a call whose scenario version is gone has none.
        var assessment = await assessments.LoadAsync(CallId, HttpContext.RequestAborted);
        var events = assessment?.Events ?? await EventsAsync();
        Timeline = CallTimeline.From(events,
            assessment?.Scenario.CallRecord.ToDictionary(f => f.Id, f => f.Label) ?? new Dictionary<string, string>());
        if (assessment is not null)
        {
            var evidence = assessment.Log.Evidence
                .Where(e => Blind ? e.AssessorUserId == User.UserId() : AssessmentAccess.SeesEvidence(User, assessment, e)).ToList();
            var names = await staff.NamesAsync(evidence.Select(e => e.AssessorUserId), HttpContext.RequestAborted);
            Timeline = Timeline
                .Concat(EvidenceView.From(evidence, assessment.Scenario, names).Select(e => new CallTimeline.Entry(e.CallMs, "evidence", e.Describe())))
                .OrderBy(e => e.CallMs)
                .ToList();
        }
        return Page();
    }

    private async Task<IReadOnlyList<CallEvent>> EventsAsync() =>
        (await db.MockCallEvents.AsNoTracking().Where(e => e.MockCallId == CallId)
            .OrderBy(e => e.Sequence).Select(e => e.Payload).ToListAsync(HttpContext.RequestAborted)).Select(CallEventJson.Deserialize).ToList();

    /// <summary>The WAV itself, for the page's player; each request is a listen, and is logged.</summary>
    public Task<IActionResult> OnGetAudioAsync() => RecordingFileAsync(AccessAction.ListenedToRecording, download: false);

    /// <summary>The WAV as a file to keep; logged as a download.</summary>
    public Task<IActionResult> OnGetDownloadAsync() => RecordingFileAsync(AccessAction.DownloadedRecording, download: true);

    private async Task<IActionResult> RecordingFileAsync(AccessAction action, bool download)
    {
        if (await LoadAsync() is { } refusal) return refusal;
        if (Recording is not { CompletedUtc: not null }) return NotFound();
        await access.RecordAsync(Call, User, action, HttpContext.RequestAborted);
        return new PhysicalFileResult(recordings.PathOf(Recording), "audio/wav")
        {
            EnableRangeProcessing = !download,
            FileDownloadName = download ? $"call-{CallId:N}.wav" : null,
        };
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var call = await db.MockCalls.AsNoTracking().Include(c => c.Candidate)
            .SingleOrDefaultAsync(c => c.Id == CallId, HttpContext.RequestAborted);
        if (call is null) return NotFound();
        var reviewer = await assessmentAccess.ReviewerAsync(User, call, HttpContext.RequestAborted);
        if (reviewer == RecordingReviewer.None)
        {
            access.Refused(User, CallId);
            return Forbid();
        }
        Call = call;
        Blind = reviewer == RecordingReviewer.Calibration;
        CandidateName = Blind ? "" : call.Candidate!.FullName;
        Recording = await db.CallRecordings.AsNoTracking().SingleOrDefaultAsync(r => r.MockCallId == CallId, HttpContext.RequestAborted);
        return null;
    }
}
