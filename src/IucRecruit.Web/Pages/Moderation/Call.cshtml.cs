using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Assessment;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Pages.Moderation;

/// <summary>
/// The lead assessor settles what two assessors disagreed on: for each criterion beyond the
/// tolerance (or split on its gate) the agreed rating and why, for each critical fail only one
/// confirmed whether it stands and why. Both assessors' raw ratings stay as they were.
/// </summary>
[Authorize(Policy = Policies.Moderation)]
public sealed class CallModel(
    CallAssessments assessments, SpeechAnalyticsRecords analytics, StaffDirectory staff, RecordingReviewAccess reviewers, AccessAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid CallId { get; set; }

    // Named, so that a form with nothing chosen binds empty dictionaries: unnamed, the binder falls
    // back to the empty prefix and reads every other field (the antiforgery token) as an entry.
    [BindProperty(Name = nameof(Agreed))] public Dictionary<string, int?> Agreed { get; set; } = [];
    [BindProperty(Name = nameof(Upheld))] public Dictionary<string, bool?> Upheld { get; set; } = [];
    [BindProperty(Name = nameof(Reasons))] public Dictionary<string, string?> Reasons { get; set; } = [];

    public AssessmentCase Assessment { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<EvidenceEntry> Evidence { get; private set; } = [];
    public CallSpeechAnalytics? Analytics { get; private set; }

    public EvidenceList EvidenceTable => new(CallId, Evidence, "Both assessors' evidence, on the call clock");

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal) return refusal;
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedAssessment, Assessment.Call.CandidateId, CallId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal) return refusal;
        var state = Assessment.State;
        if (state.Stage != AssessmentStage.AwaitingModeration) return Page();
        var (decision, problems) = ModerationDecision.From(state.CriteriaToModerate, state.CriticalFailsToModerate, Agreed, Upheld, Reasons);
        if (decision is null)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(field.StartsWith("reason-", StringComparison.Ordinal) ? $"Reasons[{field[7..]}]"
                    : Assessment.Scenario.Rubric.Find(field) is null ? $"Upheld[{field}]" : $"Agreed[{field}]", message);
            return Page();
        }
        var outcome = await assessments.ModerateAsync(CallId, User.UserId()!.Value, AssessmentAccess.HoldsALeadRole(User), decision, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Problems[0].Message);
            return Page();
        }
        return RedirectToPage(new { CallId });
    }

    /// <summary>Loads the call, or refuses: only a lead (a manager, or an assessor who took no part
    /// in the call and is not calibrating on its recording) of a call whose assessors have both submitted.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await assessments.LoadAsync(CallId, cancellationToken) is not { } assessment) return NotFound();
        if (!AssessmentAccess.MayModerate(User, assessment.Call) || assessment.Call.SecondAssessorUserId is null || !assessment.AllSubmitted)
            return Forbid();
        // An assessor scoring this recording blind in a calibration set does not lead its moderation.
        if (!User.IsInRole(Core.Identity.Roles.RecruitingManager) && await reviewers.IsCalibratingAsync(User, CallId, cancellationToken))
            return Forbid();
        if (assessment.Moderation is { } done && done.ModeratorUserId != User.UserId() && !User.IsInRole(Core.Identity.Roles.RecruitingManager))
            return Forbid();
        Assessment = assessment;
        Names = await staff.NamesAsync([.. assessment.Assessors, .. assessment.Moderation is { } m ? [m.ModeratorUserId] : Array.Empty<Guid>()], cancellationToken);
        Evidence = EvidenceView.From(assessment.Log.Evidence, assessment.Scenario, Names);
        Analytics = await analytics.GetOrComputeAsync(CallId, cancellationToken);
        return null;
    }
}
