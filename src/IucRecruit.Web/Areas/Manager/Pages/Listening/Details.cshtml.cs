using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.Listening;

/// <summary>One candidate's listening exercise: each answer with its marks and why, the timings, the
/// plays used, their adjustments, and the exact version of the exercise that marked it. Each view is
/// recorded in the access audit.</summary>
public sealed class DetailsModel(RecruitmentDbContext db, ScenarioLibrary library, AccessAudit audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ListeningAttempt Attempt { get; private set; } = null!;
    public ListeningStatus Status { get; private set; }

    /// <summary>The exercise as it is now; null if it has left the library.</summary>
    public ListeningExercise? Exercise { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var attempt = await db.ListeningAttempts.AsNoTracking().Include(a => a.Candidate!.Campaign)
            .Include(a => a.Answers.OrderBy(x => x.Position))
            .SingleOrDefaultAsync(a => a.Id == Id, HttpContext.RequestAborted);
        if (attempt is null) return NotFound();
        Attempt = attempt;
        Status = attempt.StatusAt(clock.GetUtcNow().UtcDateTime);
        Exercise = library.ListeningExercises.FirstOrDefault(e => e.Id == attempt.ExerciseId);
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedListeningResult, attempt.CandidateId, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public string QuestionText(string questionId) =>
        Exercise?.Questions.FirstOrDefault(q => q.Id == questionId)?.Text ?? questionId;
}
