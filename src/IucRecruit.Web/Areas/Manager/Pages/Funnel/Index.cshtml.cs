using System.Text;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Web.Features.Funnel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Areas.Manager.Pages.Funnel;

/// <summary>The manager's dashboard: funnel, time in stage, retention, leavers, predictive
/// validity and equality monitoring, for the candidates the filters (query parameters, so a view
/// can be bookmarked) pick out; every table downloads as CSV and as .xlsx.</summary>
public sealed class IndexModel(FunnelReports reports, FunnelQueries queries, IOptions<FunnelSettings> settings) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Campaign { get; set; }
    [BindProperty(SupportsGet = true)] public string? Site { get; set; }
    [BindProperty(SupportsGet = true)] public AdvisorRole? Role { get; set; }
    [BindProperty(SupportsGet = true)] public RecruitmentChannel? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AssessmentDay { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public RetentionGrouping CompareBy { get; set; }
    [BindProperty(SupportsGet = true)] public int? EarlyWeeks { get; set; }
    [BindProperty(SupportsGet = true)] public ProtectedCharacteristic Characteristic { get; set; } = ProtectedCharacteristic.Ethnicity;

    public FunnelDashboard Dashboard { get; private set; } = null!;
    public FilterChoices Choices { get; private set; } = new([], []);

    public async Task OnGetAsync()
    {
        var (filter, options) = ReadFilter();
        Dashboard = await reports.BuildAsync(filter, options, HttpContext.RequestAborted);
        Choices = await queries.FilterChoicesAsync(HttpContext.RequestAborted);
    }

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
        var dashboard = await reports.BuildAsync(filter, options, HttpContext.RequestAborted);
        if (DashboardTables.Find(dashboard, table) is not { } report) return NotFound();
        return await file(report, filter);
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
            ["earlyWeeks"] = Dashboard.Options.EarlyAttritionWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["characteristic"] = Characteristic.ToString(),
        };
        return values.Where(v => v.Value.Length > 0).ToDictionary();
    }

    public ReportTableView Table(string name) => new(DashboardTables.Find(Dashboard, name)!, RouteValues());

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
