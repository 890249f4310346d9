using IucRecruit.Data.Funnel.Reports;

namespace IucRecruit.Web.Features.Funnel;

/// <summary>A dashboard table and the query values that download the same table as CSV.</summary>
public sealed record ReportTableView(ReportTable Table, IDictionary<string, string> DownloadRoute);
