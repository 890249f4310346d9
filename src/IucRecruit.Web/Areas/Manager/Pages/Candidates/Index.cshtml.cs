using System.Globalization;
using System.Text;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Invitations;
using IucRecruit.Data;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>A campaign's candidates, with invitation links, and the list as CSV or .xlsx.</summary>
public sealed class IndexModel(RecruitmentDbContext db, CandidateInvitationService invitations, AccessAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Campaign { get; set; }

    public string CampaignName { get; private set; } = "";
    public IReadOnlyList<CandidateRecord> Candidates { get; private set; } = [];
    public string? IssuedLink { get; private set; }
    public string? IssuedFor { get; private set; }
    public DateTime? IssuedUntil { get; private set; }
    private Dictionary<Guid, (FunnelStage Stage, FunnelOutcome? Outcome, DateTime Applied)> stages = [];

    /// <summary>Where the candidate is, in words.</summary>
    public string StageOf(Guid candidateId) => stages.TryGetValue(candidateId, out var s)
        ? s.Outcome is { } outcome ? $"{outcome.DisplayName()} at {s.Stage.DisplayName()}" : s.Stage.DisplayName()
        : "No stage recorded";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnGetCsvAsync() => DownloadAsync(async table =>
    {
        await using var text = new StringWriter();
        await table.WriteCsvAsync(text, HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", FileName("csv"));
    });

    public Task<IActionResult> OnGetXlsxAsync() =>
        DownloadAsync(table => Task.FromResult<IActionResult>(File(ReportWorkbook.Write(table), ReportWorkbook.ContentType, FileName("xlsx"))));

    /// <summary>The list as the page shows it. Names and addresses leave the product: each
    /// candidate's access audit records the download.</summary>
    private async Task<IActionResult> DownloadAsync(Func<ReportTable, Task<IActionResult>> file)
    {
        if (!await LoadAsync()) return NotFound();
        await audit.RecordAsync(User.ToActor(), AccessAction.DownloadedCandidateList, Candidates.Select(c => c.Id).ToList(), HttpContext.RequestAborted);
        var table = new ReportTable("candidates", $"Candidates – {CampaignName}",
            ["Family name", "Given name", "Email address", "Channel", "Applied", "Stage"], [false, false, false, false, false, false],
            Candidates.Select(c => (IReadOnlyList<string>)
            [
                c.FamilyName, c.GivenName, c.Email, c.Channel.DisplayName(),
                stages.TryGetValue(c.Id, out var s) ? s.Applied.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "", StageOf(c.Id),
            ]).ToList());
        return await file(table);
    }

    private string FileName(string extension) => $"iucrecruit-candidates-{Campaign}.{extension}";

    public async Task<IActionResult> OnPostInviteAsync(Guid candidateId)
    {
        if (!await LoadAsync()) return NotFound();
        var candidate = Candidates.SingleOrDefault(c => c.Id == candidateId);
        if (candidate is null) return NotFound();
        if (candidate.IsErased)
        {
            ModelState.AddModelError("", CandidateRecord.ErasedRefusal);
            return Page();
        }

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
            .ToDictionaryAsync(p => p.CandidateId, p => (p.CurrentStage, p.Outcome, p.AppliedUtc), HttpContext.RequestAborted);
        return true;
    }
}
