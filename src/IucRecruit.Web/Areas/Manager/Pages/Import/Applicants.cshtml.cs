using IucRecruit.Data;
using IucRecruit.Data.Import;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.Import;

/// <summary>Upload an applicant-tracking system's export to add applicants to a campaign.</summary>
[ImportUploadLimit]
[RequestSizeLimit(ImportLimits.MaximumBytes + ImportUploadLimitAttribute.Allowance)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaximumBytes)]
public sealed class ApplicantsModel(ApplicantImport import, RecruitmentDbContext db) : PageModel, IImportUpload
{
    [BindProperty(SupportsGet = true)] public Guid? Campaign { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>Back here because the file chosen was over the limit.</summary>
    [BindProperty(SupportsGet = true, Name = ImportUploadLimitAttribute.TooLargeFlag)] public bool TooLarge { get; set; }

    [BindProperty] public string? Sheet { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Campaigns { get; private set; } = [];
    public ImportResult? Result { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (TooLarge) ModelState.AddModelError(nameof(Upload), ImportLimits.TooLarge);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Campaign is null || Campaigns.All(c => c.Id != Campaign)) ModelState.AddModelError(nameof(Campaign), "Choose the campaign the applicants applied to");
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "Choose a CSV or Excel file to upload");
        if (!ModelState.IsValid) return Page();
        await using var stream = Upload!.OpenReadStream();
        Result = await import.RunAsync(ImportLimits.File(stream, Upload, Sheet), Campaign!.Value, User.UserId(), HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync() =>
        Campaigns = (await db.Campaigns.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(HttpContext.RequestAborted))
            .Select(c => (c.Id, c.Name)).ToList();
}
