using IucRecruit.Data.Funnel;
using IucRecruit.Data.Retention;
using IucRecruit.Web.Features.Candidates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>What the candidate's record and the pages that change it share: the candidate read
/// once per request, and the way a change ends. A change that is recorded goes back to the record
/// with a confirmation; a refusal is shown on the form that was sent, with its reason.</summary>
public abstract class CandidatePage(CandidateFiles files, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public CandidateFile Record { get; private set; } = null!;

    [TempData] public string? Confirmation { get; set; }

    /// <summary>Today's date for the date fields (yyyy-MM-dd).</summary>
    public string Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A change dated today happened now; a change dated earlier, on that day.</summary>
    protected DateTime? When(DateOnly? date) =>
        date is { } day && day != DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) ? EmploymentRecords.Utc(day) : null;

    protected async Task<bool> LoadAsync()
    {
        if (await files.ReadAsync(Id, HttpContext.RequestAborted) is not { } file) return false;
        Record = file;
        return true;
    }

    /// <summary>The record itself: where every change page's form lives.</summary>
    protected IActionResult BackToTheRecord(string? confirmation = null)
    {
        if (confirmation is not null) Confirmation = confirmation;
        return RedirectToPage("Detail", new { Id });
    }

    /// <summary>Makes a stage change and ends the request as every change page does.</summary>
    protected async Task<IActionResult> ChangeAsync(Func<Task<StageChangeResult>> change, string confirmation)
    {
        if (!await LoadAsync()) return NotFound();
        var result = await change();
        if (result.Succeeded) return BackToTheRecord(confirmation);
        ModelState.AddModelError("", result.Refusal!);
        return Page();
    }
}
