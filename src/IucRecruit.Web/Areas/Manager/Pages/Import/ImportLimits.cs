using IucRecruit.Data.Import;

namespace IucRecruit.Web.Areas.Manager.Pages.Import;

/// <summary>The upload fields both import forms share (<c>_ImportFileFields</c>).</summary>
public interface IImportUpload
{
    IFormFile? Upload { get; }

    /// <summary>The workbook's sheet to read; blank for the first.</summary>
    string? Sheet { get; }
}

/// <summary>How large an uploaded import file may be: a hundred thousand applicants take about
/// 15 MB. Larger files go through the command line (iucrecruit import …).</summary>
public static class ImportLimits
{
    public const int MaximumBytes = 32 * 1024 * 1024;

    public const string Described = "32 MB";

    /// <summary>What an upload over the limit is told (<see cref="ImportUploadLimitAttribute"/>).</summary>
    public const string TooLarge = $"The file is larger than the {Described} an upload may be. Split it into smaller files, " +
                                   "or import it with the command line (iucrecruit import), which has no size limit.";

    /// <summary>What the upload form accepts: CSV and Excel workbooks.</summary>
    public const string Accept = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An uploaded file to import, with the sheet asked for (blank is the first sheet).</summary>
    public static ImportFile File(Stream content, IFormFile upload, string? sheet) =>
        new(content, Path.GetFileName(upload.FileName), string.IsNullOrWhiteSpace(sheet) ? null : sheet.Trim());
}
