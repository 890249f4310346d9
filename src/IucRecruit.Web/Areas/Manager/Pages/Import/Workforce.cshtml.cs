using IucRecruit.Data.Import;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Manager.Pages.Import;

/// <summary>Upload a workforce system's export of starters and leavers.</summary>
[ImportUploadLimit]
[RequestSizeLimit(ImportLimits.MaximumBytes + ImportUploadLimitAttribute.Allowance)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaximumBytes)]
public sealed class WorkforceModel(WorkforceImport import) : PageModel, IImportUpload
{
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>Back here because the file chosen was over the limit.</summary>
    [BindProperty(SupportsGet = true, Name = ImportUploadLimitAttribute.TooLargeFlag)] public bool TooLarge { get; set; }

    [BindProperty] public string? Sheet { get; set; }

    public ImportResult? Result { get; private set; }

    public void OnGet()
    {
        if (TooLarge) ModelState.AddModelError(nameof(Upload), ImportLimits.TooLarge);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "Choose a CSV or Excel file to upload");
        if (!ModelState.IsValid) return Page();
        await using var stream = Upload!.OpenReadStream();
        Result = await import.RunAsync(ImportLimits.File(stream, Upload, Sheet), User.UserId(), HttpContext.RequestAborted);
        return Page();
    }
}
