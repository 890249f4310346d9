namespace IucRecruit.Web.Areas.Manager.Pages.Import;

/// <summary>How large an uploaded import file may be: a hundred thousand applicants take about
/// 15 MB. Larger files go through the command line (iucrecruit import …).</summary>
public static class ImportLimits
{
    public const int MaximumBytes = 32 * 1024 * 1024;

    public const string Described = "32 MB";
}
