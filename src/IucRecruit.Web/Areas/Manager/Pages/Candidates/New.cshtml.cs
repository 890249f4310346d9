using IucRecruit.Data;
using IucRecruit.Data.Import;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>Adds one applicant by hand to a campaign, checked exactly as a row of an import
/// (<see cref="ApplicantImport.AddOneAsync"/>): the form's fields are named by the import's columns.</summary>
public sealed class NewModel(ApplicantImport import, RecruitmentDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The import's columns this form asks for, in its order.</summary>
    public static readonly string[] Fields = ["given_name", "family_name", "email", "mobile_number", "channel", "applied_on", "adjustment_notes", "flexible_working_notes"];

    /// <summary>The campaign to add to; the form asks when the link did not say.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Campaign { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Campaigns { get; private set; } = [];
    public string? CampaignName => Campaigns.Where(c => c.Id == Campaign).Select(c => c.Name).FirstOrDefault();
    public Dictionary<string, string?> Values { get; private set; } = [];

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Values["applied_on"] = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Campaign is null)
        {
            ModelState.AddModelError("campaign", "Choose the campaign they applied to");
            return Page();
        }
        Values = Fields.ToDictionary(f => f, f => (string?)Request.Form[f].ToString());
        var result = await import.AddOneAsync(Values, Campaign.Value, User.UserId(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Column, char.IsUpper(error.Expected[0]) ? error.Expected : $"Enter {error.Expected}");
            return Page();
        }
        var email = Values["email"]!.Trim().ToLowerInvariant();
        var id = await db.Candidates.Where(c => c.CampaignId == Campaign && c.Email == email).Select(c => c.Id).SingleAsync(HttpContext.RequestAborted);
        TempData["Confirmation"] = "Candidate added.";
        return RedirectToPage("/Candidates/Detail", new { id });
    }

    /// <summary>False for a campaign that does not exist.</summary>
    private async Task<bool> LoadAsync()
    {
        Campaigns = (await db.Campaigns.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(HttpContext.RequestAborted))
            .Select(c => (c.Id, c.Name)).ToList();
        return Campaign is null || CampaignName is not null;
    }
}
