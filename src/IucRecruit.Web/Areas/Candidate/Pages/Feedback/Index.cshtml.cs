using IucRecruit.Data.Assessment;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Candidate.Pages.Feedback;

/// <summary>The candidate's feedback on their mock call, once a recruiting manager has published
/// it: the outcome, strengths and development points. Never the assessors' own notes or ratings.</summary>
public sealed class IndexModel(FeedbackRecords feedback) : PageModel
{
    public IReadOnlyList<(CandidateFeedback Feedback, MockCallResult Result)> Published { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.CandidateId() is not { } candidateId) return NotFound();
        Published = await feedback.PublishedForAsync(candidateId, HttpContext.RequestAborted);
        return Page();
    }
}
