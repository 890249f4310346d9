using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Listening;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.Listening;

/// <summary>Every candidate's listening exercise: score, timing, plays and the exercise version.</summary>
public sealed class IndexModel(RecruitmentDbContext db, ScenarioLibrary library, TimeProvider clock) : PageModel
{
    public sealed record Row(ListeningAttempt Attempt, string CandidateName, string CampaignName, string ExerciseTitle, ListeningStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = await db.ListeningAttempts.AsNoTracking().Include(a => a.Candidate!.Campaign)
            .OrderByDescending(a => a.StartedUtc).ToListAsync(HttpContext.RequestAborted);
        Rows = attempts.Select(a => new Row(a, a.Candidate!.FullName, a.Candidate.Campaign!.Name,
            library.Find(a.ExerciseId)?.Title ?? a.ExerciseId, a.StatusAt(now))).ToList();
    }
}
