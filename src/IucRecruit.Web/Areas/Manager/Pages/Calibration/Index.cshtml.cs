using IucRecruit.Data.Calibration;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Manager.Pages.Calibration;

/// <summary>Calibration sets: recordings of past calls that assessors score blind, to see whether
/// they score alike.</summary>
public sealed class IndexModel(CalibrationSets calibration) : PageModel
{
    public IReadOnlyList<CalibrationSets.SetSummary> Sets { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }

    public async Task OnGetAsync() => Sets = await calibration.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var (set, problem) = await calibration.CreateAsync(Name, User.UserId()!.Value, HttpContext.RequestAborted);
        if (set is null)
        {
            ModelState.AddModelError(nameof(Name), problem!);
            await OnGetAsync();
            return Page();
        }
        return RedirectToPage("Set", new { id = set.Id });
    }
}
