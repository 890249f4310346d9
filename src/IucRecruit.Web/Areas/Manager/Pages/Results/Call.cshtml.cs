using IucRecruit.Data.Assessment;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Assessment;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Areas.Manager.Pages.Results;

/// <summary>
/// One call's assessment for a recruiting manager: the ratings (once every assessor has submitted),
/// moderation, the result and the funnel move it made (or why it could not), the automatic
/// accuracy evidence, the speech analytics, and the candidate's feedback to review and publish.
/// </summary>
public sealed class CallModel(
    CallAssessments assessments, FeedbackRecords feedback, SpeechAnalyticsRecords analytics,
    StaffDirectory staff, AccessAudit audit) : ChangingPage
{
    public AssessmentCase Assessment { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public CandidateFeedback? Feedback { get; private set; }
    public CallSpeechAnalytics? Analytics { get; private set; }
    public IReadOnlyList<EvidenceEntry> Evidence { get; private set; } = [];

    public bool SeesAll => AssessmentAccess.SeesAllRatings(User, Assessment);

    public bool MayModerate => AssessmentAccess.MayModerate(User, Assessment.Call);

    public EvidenceList EvidenceTable => new(Id, Evidence, "The assessors' evidence, on the call clock");

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedAssessment, Assessment.Call.CandidateId, Id, HttpContext.RequestAborted);
        return Page();
    }

    public Task<IActionResult> OnPostFeedbackAsync(string? strengths, string? developmentPoints) =>
        ChangeAsync(() => feedback.SaveDraftAsync(Assessment, User.UserId()!.Value, strengths, developmentPoints, HttpContext.RequestAborted),
            "strengths", "Feedback saved. Publish it when it is ready for the candidate.");

    public Task<IActionResult> OnPostPublishAsync() =>
        ChangeAsync(() => feedback.PublishAsync(Assessment, User.UserId()!.Value, HttpContext.RequestAborted),
            "", "Feedback published: the candidate can read it now.");

    public Task<IActionResult> OnPostMoveFunnelAsync() =>
        ChangeAsync(async () =>
        {
            var outcome = await assessments.MoveFunnelAsync(Id, User.UserId()!.Value, HttpContext.RequestAborted);
            return outcome.Succeeded ? null : outcome.Problems[0].Message;
        }, "", "The candidate has been moved in the funnel.");

    protected override async Task<bool> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await assessments.LoadAsync(Id, cancellationToken) is not { } assessment) return false;
        Assessment = assessment;
        Names = await staff.NamesAsync([.. assessment.Assessors, assessment.Call.RolePlayerUserId, .. assessment.Moderation is { } m ? [m.ModeratorUserId] : Array.Empty<Guid>()], cancellationToken);
        Feedback = await feedback.FindAsync(Id, cancellationToken);
        Analytics = await analytics.GetOrComputeAsync(Id, cancellationToken);
        Evidence = SeesAll ? EvidenceView.From(assessment.Log.Evidence, assessment.Scenario, Names) : [];
        return true;
    }
}
