using System.ComponentModel.DataAnnotations;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.AssessmentDays;

/// <summary>Assessment days: when and where candidates take their mock calls.</summary>
public sealed class IndexModel(RecruitmentDbContext db, TimeProvider clock) : PageModel
{
    public sealed record DayRow(Guid Id, DateOnly Date, string Location, string Campaign, int Calls);

    public IReadOnlyList<DayRow> Days { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Campaigns { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Choose the campaign")]
    public Guid? CampaignId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the date of the assessment day")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter where the day takes place")]
    [StringLength(200, ErrorMessage = "The place must be 200 characters or fewer")]
    public string Location { get; set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Date < today) ModelState.AddModelError(nameof(Date), "The date is in the past");
        if (CampaignId is { } id && !await db.Campaigns.AnyAsync(c => c.Id == id)) ModelState.AddModelError(nameof(CampaignId), "Choose the campaign");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var day = new AssessmentDay
        {
            Id = Guid.CreateVersion7(),
            CampaignId = CampaignId!.Value,
            Date = Date!.Value,
            Location = Location.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = User.UserId(),
        };
        db.AssessmentDays.Add(day);
        await db.SaveChangesAsync();
        return RedirectToPage("Day", new { id = day.Id });
    }

    private async Task LoadAsync()
    {
        Campaigns = (await db.Campaigns.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync())
            .Select(c => (c.Id, c.Name)).ToList();
        Days = await db.AssessmentDays.AsNoTracking().OrderByDescending(d => d.Date)
            .Select(d => new DayRow(d.Id, d.Date, d.Location, d.Campaign!.Name, db.MockCalls.Count(c => c.AssessmentDayId == d.Id)))
            .ToListAsync();
    }
}
