using IucRecruit.Core.Funnel;
using IucRecruit.Core.Invitations;
using IucRecruit.Data;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;
using IucRecruit.Data.Invitations;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

public sealed class IndexModel(RecruitmentDbContext db, CandidateInvitationService invitations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Campaign { get; set; }

    public string CampaignName { get; private set; } = "";
    public IReadOnlyList<CandidateRecord> Candidates { get; private set; } = [];
    public string? IssuedLink { get; private set; }
    public string? IssuedFor { get; private set; }
    public DateTime? IssuedUntil { get; private set; }
    private Dictionary<Guid, (FunnelStage Stage, FunnelOutcome? Outcome)> stages = [];

    /// <summary>Where the candidate is, in words.</summary>
    public string StageOf(Guid candidateId) => stages.TryGetValue(candidateId, out var s)
        ? s.Outcome is { } outcome ? $"{outcome.DisplayName()} at {s.Stage.DisplayName()}" : s.Stage.DisplayName()
        : "No stage recorded";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid candidateId)
    {
        if (!await LoadAsync()) return NotFound();
        var candidate = Candidates.SingleOrDefault(c => c.Id == candidateId);
        if (candidate is null) return NotFound();

        var issued = await invitations.IssueAsync(candidate.Id, InvitationRules.DefaultLifetime, User.UserId(), HttpContext.RequestAborted);
        IssuedLink = Url.Page("/Invitation/Open", pageHandler: null, values: new { area = "", token = issued.Token }, protocol: Request.Scheme);
        IssuedFor = candidate.FullName;
        IssuedUntil = issued.Invitation.ExpiresUtc;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Campaign, HttpContext.RequestAborted);
        if (campaign is null) return false;
        CampaignName = campaign.Name;
        Candidates = await db.Candidates.AsNoTracking().Where(c => c.CampaignId == Campaign)
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ToListAsync(HttpContext.RequestAborted);
        stages = await db.CandidateProgress.AsNoTracking().Where(p => p.CampaignId == Campaign)
            .ToDictionaryAsync(p => p.CandidateId, p => (p.CurrentStage, p.Outcome), HttpContext.RequestAborted);
        return true;
    }
}
