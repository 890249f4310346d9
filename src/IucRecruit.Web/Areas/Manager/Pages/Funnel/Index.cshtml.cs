using System.Text;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Practice;
using IucRecruit.Web.Features.Funnel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Areas.Manager.Pages.Funnel;

/// <summary>The manager's dashboard for the candidates the filters (query parameters, so a view can
/// be bookmarked) pick out: a summary first, then sections (funnel and time in stage, retention,
/// leavers, predictive validity, equality monitoring, the practice call), each built only when it is opened: fetched
/// by the page's script, or, without script, by a link that opens it in the page. Every table
/// downloads as CSV and as .xlsx.</summary>
public sealed class IndexModel(FunnelReports reports, FunnelQueries queries, PracticeReports practice, IOptions<FunnelSettings> settings) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Campaign { get; set; }
    /// <summary>Part of a campaign's name: the campaign list shows those it matches.</summary>
    [BindProperty(SupportsGet = true)] public string? CampaignSearch { get; set; }
    [BindProperty(SupportsGet = true)] public string? Site { get; set; }
    [BindProperty(SupportsGet = true)] public AdvisorRole? Role { get; set; }
    [BindProperty(SupportsGet = true)] public RecruitmentChannel? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AssessmentDay { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public RetentionGrouping CompareBy { get; set; }
    [BindProperty(SupportsGet = true)] public int? EarlyWeeks { get; set; }
    [BindProperty(SupportsGet = true)] public ProtectedCharacteristic Characteristic { get; set; } = ProtectedCharacteristic.Ethnicity;
    /// <summary>The retention groups to compare, by key (a checkbox each, or comma-separated in a
    /// link); none: the defaults.</summary>
    [BindProperty(SupportsGet = true)] public List<string> Compare { get; set; } = [];
    /// <summary>The section opened in the page (the no-script way to open one).</summary>
    [BindProperty(SupportsGet = true)] public string? Section { get; set; }

    /// <summary>The sections in page order: their id (in URLs and element ids), heading and part of the report.</summary>
    public static readonly IReadOnlyList<(string Id, string Heading, DashboardSections Part)> Sections =
    [
        ("funnel", "Funnel and time in stage", DashboardSections.Funnel),
        ("retention", "Retention", DashboardSections.Retention),
        ("leavers", "Leavers", DashboardSections.Leavers),
        ("predictive", "Do mock-call scores predict staying?", DashboardSections.Predictive),
        ("equality", "Equality monitoring", DashboardSections.Equality),
        ("practice", "Practice call", DashboardSections.Practice),
    ];

    public FunnelSummary Summary { get; private set; } = null!;
    /// <summary>The opened section's part of the report (null when none is open).</summary>
    public FunnelDashboard? Dashboard { get; private set; }
    /// <summary>The practice call section's figures, when it is the one opened.</summary>
    public PracticeReport? Practice { get; private set; }
    public DashboardOptions Options { get; private set; } = new();
    public FilterChoices Choices { get; private set; } = FilterChoices.None;

    public async Task OnGetAsync()
    {
        var (filter, options) = ReadFilter();
        Options = options;
        Summary = await reports.SummaryAsync(filter, options, HttpContext.RequestAborted);
        Choices = await queries.FilterChoicesAsync(Campaign, CampaignSearch, HttpContext.RequestAborted);
        if (Opened is { } section) await BuildAsync(filter, options, section.Part);
    }

    private async Task BuildAsync(FunnelFilter filter, DashboardOptions options, DashboardSections part)
    {
        Dashboard = await reports.BuildAsync(filter, options, part, HttpContext.RequestAborted);
        if (part == DashboardSections.Practice) Practice = await practice.BuildAsync(filter, HttpContext.RequestAborted);
    }

    /// <summary>One section's content, for the page's script to put in place.</summary>
    public async Task<IActionResult> OnGetSectionAsync()
    {
        var (filter, options) = ReadFilter();
        Options = options;
        if (Opened is not { } section) return NotFound();
        await BuildAsync(filter, options, section.Part);
        return Partial(PartialOf(section.Id), this);
    }

    public (string Id, string Heading, DashboardSections Part)? Opened =>
        Sections.Where(s => s.Id == Section).Select(s => ((string, string, DashboardSections)?)s).FirstOrDefault();

    public static string PartialOf(string section) => "_Section" + char.ToUpperInvariant(section[0]) + section[1..];

    /// <summary>The retention groups chosen for the chart.</summary>
    public IReadOnlyCollection<string> ComparedKeys =>
        Compare.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet();

    public Task<IActionResult> OnGetCsvAsync(string table) => DownloadAsync(table, async (report, filter) =>
    {
        await using var text = new StringWriter();
        await report.WriteCsvAsync(text, HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", report.FileName(filter));
    });

    public Task<IActionResult> OnGetXlsxAsync(string table) => DownloadAsync(table, (report, filter) =>
        Task.FromResult<IActionResult>(File(ReportWorkbook.Write(report), ReportWorkbook.ContentType, report.FileName(filter, "xlsx"))));

    private async Task<IActionResult> DownloadAsync(string table, Func<ReportTable, FunnelFilter, Task<IActionResult>> file)
    {
        var (filter, options) = ReadFilter();
        if (!ModelState.IsValid) return BadRequest(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        var report = PracticeTables.Has(table)
            ? PracticeTables.Find(await practice.BuildAsync(filter, HttpContext.RequestAborted), table)
            : DashboardTables.Find(await reports.BuildAsync(filter, options, HttpContext.RequestAborted), table);
        if (report is null) return NotFound();
        return await file(report, filter);
    }

    /// <summary>What the campaign list holds, under it. The chosen campaign is listed whatever the
    /// search, so it does not count as a match.</summary>
    public string CampaignHint => (CampaignSearch?.Trim(), Choices) switch
    {
        ({ Length: > 0 } search, var choices) when choices.Campaigns.All(c => c.Id == Campaign) => $"No campaign name contains “{search}”.",
        ({ Length: > 0 } search, { MoreCampaigns: true }) => $"The {FunnelQueries.CampaignChoices} newest campaigns whose name contains “{search}”.",
        ({ Length: > 0 } search, _) => $"Campaigns whose name contains “{search}”, newest first.",
        (_, { MoreCampaigns: true }) => $"The {FunnelQueries.CampaignChoices} newest campaigns. To choose an older one, find it by name.",
        _ => "Newest first.",
    };

    /// <summary>Which candidates the page describes, in words: what the folded filter says when closed.</summary>
    public string FilterDescription
    {
        get
        {
            var parts = new List<string>();
            if (Campaign is { } id) parts.Add(Choices.Campaigns.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefault() ?? "one campaign");
            if (Site is { Length: > 0 } site) parts.Add(site);
            if (Role is { } role) parts.Add(role.DisplayName());
            if (Channel is { } channel) parts.Add(channel.DisplayName());
            if (AssessmentDay is { } day) parts.Add("assessment day " + day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
            var (from, to) = (FunnelFilter.ParseMonth(From), FunnelFilter.ParseMonth(To));
            if (from is not null || to is not null)
                parts.Add("applied " + (from is { } f ? "from " + FunnelReports.MonthName(f.Year * 100 + f.Month) : "") +
                          (from is not null && to is not null ? " " : "") + (to is { } t ? "up to " + FunnelReports.MonthName(t.Year * 100 + t.Month) : ""));
            return parts.Count == 0 ? "All candidates" : string.Join(", ", parts);
        }
    }

    /// <summary>The current filters as query values, for the CSV links and bookmarks.</summary>
    public IDictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>
        {
            ["campaign"] = Campaign?.ToString() ?? "",
            ["site"] = Site ?? "",
            ["role"] = Role?.ToString() ?? "",
            ["channel"] = Channel?.ToString() ?? "",
            ["assessmentDay"] = AssessmentDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["from"] = From ?? "",
            ["to"] = To ?? "",
            ["compareBy"] = CompareBy.ToString(),
            ["earlyWeeks"] = Options.EarlyAttritionWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["characteristic"] = Characteristic.ToString(),
            ["compare"] = string.Join(',', ComparedKeys),
        };
        return values.Where(v => v.Value.Length > 0).ToDictionary();
    }

    /// <summary>The filters' query values and <paramref name="section"/> opened: the link that opens a section.</summary>
    public IDictionary<string, string> RouteValues(string section)
    {
        var values = RouteValues();
        values["section"] = section;
        return values;
    }

    public ReportTableView Table(string name) => new(
        (PracticeTables.Has(name) ? PracticeTables.Find(Practice!, name) : DashboardTables.Find(Dashboard!, name))!, RouteValues());

    private (FunnelFilter, DashboardOptions) ReadFilter()
    {
        var from = Month(nameof(From), From);
        var to = Month(nameof(To), To);
        if (from > to) ModelState.AddModelError(nameof(To), "The end month must not be before the start month");
        if (EarlyWeeks is < 1 or > 104) ModelState.AddModelError(nameof(EarlyWeeks), "Early leaving must be within 1 to 104 weeks");
        var weeks = EarlyWeeks is >= 1 and <= 104 ? EarlyWeeks.Value : settings.Value.EarlyAttritionWeeks;
        Site = string.IsNullOrWhiteSpace(Site) ? null : Site.Trim();
        return (new FunnelFilter(Campaign, Site, Role, Channel, AssessmentDay, from, from > to ? null : to),
            new DashboardOptions(CompareBy, weeks, Characteristic));
    }

    private DateOnly? Month(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (FunnelFilter.ParseMonth(text) is { } month) return month;
        ModelState.AddModelError(field, "Enter a month like 2026-03");
        return null;
    }
}
