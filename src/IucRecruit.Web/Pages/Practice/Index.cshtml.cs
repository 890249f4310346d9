using IucRecruit.Core.Practice;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Practice;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Pages.Practice;

/// <summary>
/// A campaign's practice page (issue 15), the link a job advert shares: open to anyone without an
/// account (docs/decisions/0068), limited per client address. It says what the job's shifts are,
/// that nothing of the voice leaves the device, and offers the practice calls; choosing one starts
/// an attempt. A candidate signed in through their invitation to this campaign is recorded as
/// themselves; anyone else anonymously.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Practice)]
public sealed class IndexModel(RecruitmentDbContext db, ScenarioLibrary library, PracticeAttempts attempts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CampaignId { get; set; }

    public Campaign Campaign { get; private set; } = null!;

    public IReadOnlyList<PracticeCall> Calls => library.PracticeCalls.OrderBy(c => c.Difficulty).ThenBy(c => c.Pace).ToList();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(string call)
    {
        var attempt = await attempts.StartAsync(CampaignId, call ?? "", User.CandidateId(), HttpContext.RequestAborted);
        return attempt is null ? NotFound() : RedirectToPage("/Practice/Call", new { CampaignId, AttemptId = attempt.Id });
    }

    private async Task<bool> LoadAsync()
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == CampaignId, HttpContext.RequestAborted);
        if (campaign is null) return false;
        Campaign = campaign;
        return true;
    }
}
