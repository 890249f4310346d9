using IucRecruit.Core.Campaigns;
using IucRecruit.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages;

public sealed class IndexModel(RecruitmentDbContext db) : PageModel
{
    public sealed record CampaignRow(Guid Id, string Name, AdvisorRole Role, string Site, int CandidateCount, int InProgress);

    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];

    public async Task OnGetAsync() =>
        Campaigns = await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.CreatedUtc)
            .Select(c => new CampaignRow(c.Id, c.Name, c.Role, c.Site,
                db.Candidates.Count(x => x.CampaignId == c.Id),
                db.CandidateProgress.Count(p => p.CampaignId == c.Id && p.Outcome == null)))
            .ToListAsync(HttpContext.RequestAborted);
}
