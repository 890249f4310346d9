using System.Globalization;
using System.Text;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Messages;
using IucRecruit.Core.Privacy;
using IucRecruit.Data;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>
/// Candidates of one campaign or of all: searched by name or email address, filtered, sorted, a page
/// at a time (<see cref="CandidateList"/>), with bulk actions on the ticked candidates or on all that
/// match, reported candidate by candidate (<see cref="CandidateBulkActions"/>, docs/decisions/0061),
/// and the list as CSV or .xlsx. Downloads are recorded in each candidate's access audit.
/// </summary>
public sealed class IndexModel(RecruitmentDbContext db, CandidateList list, CandidateBulkActions bulk, AccessAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Campaign { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public FunnelStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public FunnelOutcome? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public RecruitmentChannel? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Site { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Day { get; set; }
    [BindProperty(SupportsGet = true)] public CandidateSort Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public string? CampaignName { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Campaigns { get; private set; } = [];
    public IReadOnlyList<string> Sites { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Days { get; private set; } = [];
    public IReadOnlyList<CandidateLine> Lines { get; private set; } = [];
    public bool More { get; private set; }
    public int Count { get; private set; }
    /// <summary>Why what was typed is no search (too short, once wildcards are left out): everyone is listed.</summary>
    public string? SearchRefusal { get; private set; }

    /// <summary>What the last bulk action did, candidate by candidate.</summary>
    public IReadOnlyList<BulkOutcome> Report { get; private set; } = [];
    public string? ReportTitle { get; private set; }

    /// <summary>The filters as route values, for the paging and sorting links and the downloads.</summary>
    public Dictionary<string, string> Route(int? page = null, CandidateSort? sort = null)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, object? value) { if (value is not null && value.ToString() is { Length: > 0 } text) values[key] = text; }
        Add("campaign", Campaign);
        Add("q", Q);
        Add("stage", Stage);
        Add("outcome", Outcome);
        Add("channel", Channel);
        Add("site", Site);
        Add("day", Day);
        Add("sort", sort ?? Sort);
        Add("p", page);
        return values;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnGetCsvAsync() => DownloadAsync(async table =>
    {
        await using var text = new StringWriter();
        await table.WriteCsvAsync(text, HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", FileName("csv"));
    });

    public Task<IActionResult> OnGetXlsxAsync() =>
        DownloadAsync(table => Task.FromResult<IActionResult>(File(ReportWorkbook.Write(table), ReportWorkbook.ContentType, FileName("xlsx"))));

    /// <summary>Every matching candidate, as the page lists them. Names and addresses leave the
    /// product: each candidate's access audit records the download.</summary>
    private async Task<IActionResult> DownloadAsync(Func<ReportTable, Task<IActionResult>> file)
    {
        if (!await LoadAsync()) return NotFound();
        var lines = await list.AllAsync(Filter(), DownloadLimit, HttpContext.RequestAborted);
        await audit.RecordAsync(User.ToActor(), AccessAction.DownloadedCandidateList, lines.Select(c => c.Id).ToList(), HttpContext.RequestAborted);
        var table = new ReportTable("candidates", $"Candidates – {CampaignName ?? "all campaigns"}",
            ["Family name", "Given name", "Email address", "Channel", "Applied", "Stage"], [false, false, false, false, false, false],
            lines.Select(c => (IReadOnlyList<string>)
            [
                c.FamilyName, c.GivenName, c.Email, c.Channel.DisplayName(),
                c.AppliedUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", c.Position,
            ]).ToList());
        return await file(table);
    }

    /// <summary>A download is a file, not a page: it may be long, but not without end.</summary>
    private const int DownloadLimit = 1_000_000;

    private string FileName(string extension) => $"iucrecruit-candidates-{(Campaign is { } id ? id.ToString() : "all")}.{extension}";

    /// <summary>One candidate's invitation link (the button on their line).</summary>
    public Task<IActionResult> OnPostInviteAsync(Guid candidateId) =>
        BulkAsync(BulkAction.Invite, BulkScope.Selected, [candidateId], null, null, null, null);

    public enum BulkScope { Selected, AllFiltered }

    /// <summary>A bulk action on the ticked candidates, or on every candidate the filters match (up to
    /// <see cref="CandidateList.BulkLimit"/>).</summary>
    public async Task<IActionResult> OnPostBulkAsync(BulkAction bulkAction, BulkScope scope, List<Guid> selected, FunnelStage? toStage, string? reason,
        string? subject, string? body) =>
        await BulkAsync(bulkAction, scope, selected, toStage, reason, subject, body);

    private async Task<IActionResult> BulkAsync(BulkAction action, BulkScope scope, List<Guid> selected, FunnelStage? toStage, string? reason,
        string? subject, string? body)
    {
        if (!await LoadAsync()) return NotFound();
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (action is BulkAction.Move or BulkAction.Reject && reason is null) ModelState.AddModelError("reason", "Give a reason: it is kept in each candidate's stage log");
        var message = new MessageWording(subject?.Trim() ?? "", body?.Trim() ?? "");
        if (action == BulkAction.Message && MessageTemplates.Refusal(MessageKind.ManagerMessage, message) is { } wrong)
            ModelState.AddModelError("body", wrong);
        if (reason?.Length > 1000) ModelState.AddModelError("reason", "Keep the reason to 1,000 characters");
        if (action == BulkAction.Move && toStage is null) ModelState.AddModelError("toStage", "Choose the stage to move them to");
        var candidates = scope == BulkScope.AllFiltered
            ? await list.AllAsync(Filter() with { Page = 1 }, CandidateList.BulkLimit, HttpContext.RequestAborted)
            : await list.OfAsync(selected.Distinct().ToList(), HttpContext.RequestAborted);
        if (candidates.Count == 0) ModelState.AddModelError("selected", "Tick at least one candidate, or choose all that match");
        if (candidates.Count > CandidateList.BulkLimit)
            ModelState.AddModelError("scope", $"More than {CandidateList.BulkLimit:N0} candidates match: narrow the search or filters first");
        if (!ModelState.IsValid) return Page();

        var actor = User.UserId();
        var cancellationToken = HttpContext.RequestAborted;
        Report = action switch
        {
            BulkAction.Move => await bulk.MoveAsync(candidates, toStage!.Value, reason!, actor, cancellationToken),
            BulkAction.Reject => await bulk.RejectAsync(candidates, reason!, actor, cancellationToken),
            BulkAction.Message => await bulk.MessageAsync(candidates, message, actor, cancellationToken),
            _ => await bulk.InviteAsync(candidates, actor, cancellationToken),
        };
        var done = Report.Count(r => r.Done);
        ReportTitle = $"{done} of {Report.Count} {(Report.Count == 1 ? "candidate" : "candidates")} " + action switch
        {
            BulkAction.Move => $"moved to {toStage!.Value.DisplayName()}",
            BulkAction.Reject => "rejected",
            BulkAction.Message => "sent the message",
            _ => "given an invitation link",
        };
        await LoadAsync(); // the list as it is now
        return Page();
    }

    /// <summary>The link a new invitation's token opens.</summary>
    public string? InvitationLink(BulkOutcome outcome) => outcome.InvitationToken is { } token
        ? Url.Page("/Invitation/Open", pageHandler: null, values: new { area = "", token }, protocol: Request.Scheme)
        : null;

    private CandidateFilter Filter() =>
        new(Campaign, PersonalDataSearch.Normalise(Q).Text, Stage, Outcome, Channel, Site, Day, Sort, Math.Max(1, PageNumber));

    private async Task<bool> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.Site }).ToListAsync(cancellationToken);
        if (Campaign is { } id)
        {
            if (campaigns.SingleOrDefault(c => c.Id == id) is not { } campaign) return false;
            CampaignName = campaign.Name;
        }
        Campaigns = campaigns.Select(c => (c.Id, c.Name)).ToList();
        Sites = campaigns.Select(c => c.Site).Distinct().Order(StringComparer.Ordinal).ToList();
        Days = (await db.AssessmentDays.AsNoTracking().Where(d => Campaign == null || d.CampaignId == Campaign)
                .OrderByDescending(d => d.Date).Take(100).Select(d => new { d.Id, d.Date, d.Location }).ToListAsync(cancellationToken))
            .Select(d => (d.Id, $"{d.Date.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}, {d.Location}")).ToList();

        // A search is over personal data: it is in the access audit (the same search again within a
        // few minutes, paging through its results, is one entry: docs/decisions/0055).
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var terms = PersonalDataSearch.Normalise(Q);
            SearchRefusal = terms.Refusal;
            if (terms.Text is { } text) await audit.RecordSearchAsync(User.ToActor(), text, cancellationToken);
        }
        (Lines, More, Count) = await list.PageAsync(Filter(), cancellationToken);
        return true;
    }
}
