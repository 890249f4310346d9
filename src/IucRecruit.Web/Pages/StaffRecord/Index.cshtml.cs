using IucRecruit.Web.Features.StaffRecords;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Pages.StaffRecord;

/// <summary>A role-player's or assessor's own record of the call simulations they took part in, to
/// take to their appraisal (issue 11 item 7). Only their own: the signed-in person's id decides.</summary>
[Authorize(Policy = Policies.CallStaff)]
public sealed class IndexModel(StaffSessions sessions) : PageModel
{
    public IReadOnlyList<StaffSession> Sessions { get; private set; } = [];

    public async Task OnGetAsync() => Sessions = await sessions.ForAsync(User.UserId()!.Value, HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var mine = await sessions.ForAsync(User.UserId()!.Value, HttpContext.RequestAborted);
        return File(await StaffSessionsCsv.WriteAsync(mine, HttpContext.RequestAborted), "text/csv; charset=utf-8", "iucrecruit-my-call-simulations.csv");
    }
}
