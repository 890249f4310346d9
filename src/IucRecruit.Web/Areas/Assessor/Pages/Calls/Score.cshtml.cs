using IucRecruit.Core.Calls;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Assessment;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Areas.Assessor.Pages.Calls;

/// <summary>
/// An assessor rates a call they assessed, after it has ended: each criterion on its anchored scale,
/// beside their own timed evidence, the automatic accuracy check and the speech analytics. Blind:
/// the other assessor's ratings and evidence appear only once both have submitted.
/// </summary>
public sealed class ScoreModel(
    CallAssessments assessments, FeedbackRecords feedback, SpeechAnalyticsRecords analytics,
    StaffDirectory staff, AccessAudit audit) : ChangingPage
{
    // Named, so that a form with no rating chosen binds an empty dictionary: unnamed, the binder
    // falls back to the empty prefix and reads every other field (the antiforgery token) as a rating.
    [BindProperty(Name = nameof(Ratings))] public Dictionary<string, int?> Ratings { get; set; } = [];
    [BindProperty] public List<string> CriticalFails { get; set; } = [];

    public AssessmentCase Assessment { get; private set; } = null!;
    public MockCallScorecard? Mine { get; private set; }
    public IReadOnlyList<EvidenceEntry> MyEvidence { get; private set; } = [];
    public CallSpeechAnalytics? Analytics { get; private set; }
    public CandidateFeedback? Feedback { get; private set; }
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public bool CallEnded => Assessment.Call.Phase == CallPhase.Ended;

    public RatingForm Form => new(Assessment.Scenario.Rubric, Ratings, CriticalFails, MyEvidence, "Submit my ratings");

    public ScorecardTable MyRatings => new(Assessment.Scenario.Rubric, [("Your ratings", Mine!.Sheet)]);

    public EvidenceList EvidenceTable => new(Id, MyEvidence, "What you noted, on the call clock");

    /// <summary>Whether this assessor may see the other's ratings: only once both have submitted.</summary>
    public bool SeesAll => AssessmentAccess.SeesAllRatings(User, Assessment);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedAssessment, Assessment.Call.CandidateId, Id, HttpContext.RequestAborted);
        if (Mine is null)
        {
            // The critical fails flagged during the call are ticked to start with; the assessor confirms them.
            CriticalFails = Assessment.Log.Evidence
                .Where(e => e.AssessorUserId == User.UserId() && e.Kind == EvidenceKind.CriticalFail)
                .Select(e => e.CriticalFailId!).Distinct().ToList();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        var outcome = await assessments.SubmitAsync(Id, User.UserId()!.Value, Ratings, CriticalFails, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            foreach (var (field, message) in outcome.Problems)
                ModelState.AddModelError(field.Length == 0 || Assessment.Scenario.Rubric.Find(field) is null ? "" : $"Ratings[{field}]", message);
            return Page();
        }
        Confirmation = "Your ratings are submitted.";
        return RedirectToPage(new { Id });
    }

    public Task<IActionResult> OnPostFeedbackAsync(string? strengths, string? developmentPoints) =>
        ChangeAsync(() => feedback.SaveDraftAsync(Assessment, User.UserId()!.Value, strengths, developmentPoints, HttpContext.RequestAborted),
            "strengths", "Feedback saved. A recruiting manager reviews and publishes it.");

    protected override async Task<bool> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var userId = User.UserId();
        if (userId is null || await assessments.LoadAsync(Id, cancellationToken) is not { } assessment || !assessment.IsAssessor(userId.Value))
            return false;
        Assessment = assessment;
        Mine = assessment.ScorecardOf(userId.Value);
        Names = await staff.NamesAsync(assessment.Assessors, cancellationToken);
        MyEvidence = EvidenceView.From(assessment.Log.Evidence.Where(e => e.AssessorUserId == userId), assessment.Scenario, Names);
        if (CallEnded) Analytics = await analytics.GetOrComputeAsync(Id, cancellationToken);
        if (SeesAll) Feedback = await feedback.FindAsync(Id, cancellationToken);
        return true;
    }
}
