using IucRecruit.Data.Practice;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Features.Practice;

/// <summary>An invited candidate's practice calls, told beside their stage log: a practice call is
/// not a stage and blocks nothing, but the answer to "Is this job for you?" is part of their story.</summary>
public sealed class PracticeStoryViewComponent(PracticeAttempts attempts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid candidateId) =>
        View(await attempts.ForCandidateAsync(candidateId, HttpContext.RequestAborted));
}
