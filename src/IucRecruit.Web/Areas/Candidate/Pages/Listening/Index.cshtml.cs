using IucRecruit.Core.Listening;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Scenarios;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;

namespace IucRecruit.Web.Areas.Candidate.Pages.Listening;

/// <summary>
/// The candidate's listening exercise: instructions, then the recording (played through the Play
/// handler, which counts plays on the server) and the questions, then a plain "done". The time
/// limit, with the candidate's extra time, runs from pressing Start; the page hands the answers in
/// by itself when it runs out. Marks are not shown to the candidate (docs/decisions/0009).
/// </summary>
public sealed class IndexModel(
    RecruitmentDbContext db, ListeningAttemptService listening, ScenarioRotationService rotation, TimeProvider clock) : PageModel
{
    public CandidateRecord Candidate { get; private set; } = null!;
    public ListeningAttempt? Attempt { get; private set; }
    public ListeningStatus? Status { get; private set; }

    /// <summary>The attempt's exercise; before starting, the one the candidate would get.</summary>
    public ListeningExercise? Exercise { get; private set; }

    public TimeSpan TimeLeft { get; private set; }

    [BindProperty]
    public Dictionary<string, string?> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (await listening.StartAsync(Candidate.Id, HttpContext.RequestAborted) is null) return Page();
        return RedirectToPage();
    }

    /// <summary>One play of the recording: the whole file, or 409 when no play is left.</summary>
    public async Task<IActionResult> OnPostPlayAsync()
    {
        var candidateId = User.CandidateId()!.Value;
        var (result, playsLeft) = await listening.PlayAsync(candidateId, HttpContext.RequestAborted);
        Response.Headers["X-Plays-Left"] = playsLeft.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (result != ListeningAttemptService.PlayResult.Allowed) return StatusCode(StatusCodes.Status409Conflict);
        var attempt = await listening.FindAsync(candidateId, HttpContext.RequestAborted);
        var exercise = listening.ExerciseOf(attempt!);
        if (exercise is null) return NotFound();
        return PhysicalFile(listening.RecordingPath(exercise), "audio/wav");
    }

    public async Task<IActionResult> OnPostHandInAsync()
    {
        await listening.HandInAsync(User.CandidateId()!.Value, Answers, HttpContext.RequestAborted);
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == User.CandidateId(), HttpContext.RequestAborted);
        if (candidate is null) return false;
        Candidate = candidate;
        Attempt = await listening.FindAsync(candidate.Id, HttpContext.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (Attempt is null)
        {
            Exercise = await rotation.PickListeningExerciseAsync(candidate.Id, HttpContext.RequestAborted);
            return true;
        }
        Exercise = listening.ExerciseOf(Attempt);
        Status = Attempt.StatusAt(now);
        TimeLeft = Attempt.DeadlineUtc > now ? Attempt.DeadlineUtc - now : TimeSpan.Zero;
        return true;
    }

    public TimeSpan TimeAllowed(ListeningExercise exercise) => ListeningTimeLimit.For(exercise.TimeLimitMinutes, Candidate.ExtraTimePercent);
}
