using IucRecruit.Core.Calls;
using IucRecruit.Data;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calibration;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Assessment;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Assessor.Pages.Calibration;

/// <summary>
/// An assessor scores a calibration recording with the same form as a live call, from the
/// recording, the call record's automatic check and the speech analytics. Blind: no other
/// assessor's ratings or evidence are shown. The ratings go to the calibration set only.
/// </summary>
public sealed class ScoreModel(
    CalibrationSets calibration, RecruitmentDbContext db, SpeechAnalyticsRecords analytics, AccessAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid ItemId { get; set; }

    // Named so that a form with no rating chosen does not bind other fields as ratings (Calls/Score).
    [BindProperty(Name = nameof(Ratings))] public Dictionary<string, int?> Ratings { get; set; } = [];
    [BindProperty] public List<string> CriticalFails { get; set; } = [];

    [TempData] public string? Confirmation { get; set; }

    public CalibrationSets.SetView Set { get; private set; } = null!;
    public CalibrationSets.Item Item { get; private set; } = null!;
    public CalibrationScorecard? Mine { get; private set; }
    public Core.Assessment.Scoring.AccuracyReport Accuracy { get; private set; } = null!;
    public CallSpeechAnalytics? Analytics { get; private set; }

    public RatingForm Form => new(Item.Scenario.Rubric, Ratings, CriticalFails, [], "Submit my calibration ratings");

    public ScorecardTable MyRatings => new(Item.Scenario.Rubric, [("Your ratings", Mine!.Sheet)]);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedAssessment, Item.Call.CandidateId, Item.Call.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        var problems = await calibration.SubmitAsync(ItemId, User.UserId()!.Value, Ratings, CriticalFails, HttpContext.RequestAborted);
        if (problems.Count > 0)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(Item.Scenario.Rubric.Find(field) is null ? "" : $"Ratings[{field}]", message);
            return Page();
        }
        Confirmation = "Your calibration ratings are submitted.";
        return RedirectToPage(new { ItemId });
    }

    private async Task<bool> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var userId = User.UserId()!.Value;
        if (await calibration.ForScoringAsync(ItemId, userId, cancellationToken) is not var (set, item)) return false;
        Set = set;
        Item = item;
        Mine = set.ScorecardOf(ItemId, userId);
        var payloads = await db.MockCallEvents.AsNoTracking().Where(e => e.MockCallId == item.Call.Id)
            .OrderBy(e => e.Sequence).Select(e => e.Payload).ToListAsync(cancellationToken);
        Accuracy = Core.Assessment.Scoring.AccuracyEvidence.Check(item.Scenario, CallState.Replay(payloads.Select(CallEventJson.Deserialize)).RecordFields);
        Analytics = await analytics.GetOrComputeAsync(item.Call.Id, cancellationToken);
        return true;
    }
}
