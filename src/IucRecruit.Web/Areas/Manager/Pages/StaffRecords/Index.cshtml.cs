using IucRecruit.Core.Time;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Features.StaffRecords;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Manager.Pages.StaffRecords;

/// <summary>Each role-player's and assessor's sessions over a period, for managers (issue 11 item 7).</summary>
public sealed class IndexModel(StaffSessions sessions, StaffDirectory staff, TimeProvider clock) : PageModel
{
    /// <summary>The first UK date of the period; by default a year before <see cref="To"/>.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    /// <summary>The last UK date of the period, included; by default today.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<StaffTotals> Totals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        To ??= DateOnly.FromDateTime(UkTime.ToUk(clock.GetUtcNow().UtcDateTime));
        From ??= To.Value.AddYears(-1).AddDays(1);
        if (From > To)
        {
            ModelState.AddModelError(nameof(From), "The period's first day must not be after its last day");
            return Page();
        }
        Totals = await sessions.TotalsAsync(From.Value, To.Value, ids => staff.NamesAsync(ids, HttpContext.RequestAborted), HttpContext.RequestAborted);
        return Page();
    }
}
