using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>
/// A page about one thing (a call, a calibration set) whose forms each make one change: load it,
/// make the change, then either show the refusal beside its field, or confirm and show the page
/// afresh (post, redirect, get, so a reload never repeats the change).
/// </summary>
public abstract class ChangingPage : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    [TempData] public string? Confirmation { get; set; }

    /// <summary>Loads what the page shows; false when there is nothing to show (not found).</summary>
    protected abstract Task<bool> LoadAsync();

    /// <param name="change">Makes the change; returns why not, or null when made.</param>
    protected async Task<IActionResult> ChangeAsync(Func<Task<string?>> change, string field, string confirmation)
    {
        if (!await LoadAsync()) return NotFound();
        if (await change() is { } refusal)
        {
            ModelState.AddModelError(field, refusal);
            return Page();
        }
        Confirmation = confirmation;
        return RedirectToPage(new { Id });
    }
}
