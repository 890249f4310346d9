using IucRecruit.Core.Calls;
using IucRecruit.Core.Campaigns;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages;

public sealed class IndexModel(RecruitmentDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>What the last save did (a campaign added or changed), shown once.</summary>
    [TempData] public string? Confirmation { get; set; }

    /// <summary>How long after its slot a declined call is still shown here.</summary>
    public static readonly TimeSpan DeclinedShownFor = TimeSpan.FromDays(14);

    public sealed record CampaignRow(Guid Id, string Name, AdvisorRole Role, string Site, int CandidateCount, int InProgress);

    public sealed record DeclinedCall(Guid AssessmentDayId, string Candidate, DateTime SlotStartUtc, DateTime AnsweredUtc);

    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];

    /// <summary>Calls whose candidate declined the recording: the call cannot go ahead, and the
    /// candidate was told that the recruitment team would contact them.</summary>
    public IReadOnlyList<DeclinedCall> Declined { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var since = clock.GetUtcNow().UtcDateTime - DeclinedShownFor;
        var calls = await db.MockCalls.AsNoTracking().Include(c => c.Candidate)
            .Where(c => c.SlotEndUtc >= since && c.Phase == CallPhase.Waiting).ToListAsync(HttpContext.RequestAborted);
        var consent = await db.LatestConsentAsync(calls.Select(c => c.Id).ToList(), HttpContext.RequestAborted);
        Declined = calls.Where(c => consent.GetValueOrDefault(c.Id) is { Given: false })
            .Select(c => new DeclinedCall(c.AssessmentDayId, c.Candidate!.FullName, c.SlotStartUtc, consent[c.Id].AtUtc))
            .OrderBy(d => d.SlotStartUtc).ToList();
        Campaigns = await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.CreatedUtc)
            .Select(c => new CampaignRow(c.Id, c.Name, c.Role, c.Site,
                db.Candidates.Count(x => x.CampaignId == c.Id),
                db.CandidateProgress.Count(p => p.CampaignId == c.Id && p.Outcome == null)))
            .ToListAsync(HttpContext.RequestAborted);
    }
}
