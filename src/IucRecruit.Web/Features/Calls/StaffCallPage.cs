using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Data.Scenarios;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.Calls;

/// <summary>What the role-player's and the assessor's call pages share: the call, found only if
/// this member of staff is assigned to it, and the exact scenario version it was booked with. Each
/// opening is recorded in the access audit: the page shows the candidate and what they type.</summary>
public abstract class StaffCallPage(RecruitmentDbContext db, ScenarioVersionArchive scenarios, AccessAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MockCall Call { get; private set; } = null!;
    public Scenario Scenario { get; private set; } = null!;
    public string CandidateName { get; private set; } = "";

    /// <summary>Whether the signed-in person has this page's part in the call.</summary>
    protected abstract bool IsAssigned(MockCall mockCall, Guid userId);

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = User.UserId();
        var call = await db.MockCalls.AsNoTracking().Include(c => c.Candidate)
            .SingleOrDefaultAsync(c => c.Id == Id, HttpContext.RequestAborted);
        if (call is null || userId is null || !IsAssigned(call, userId.Value) ||
            scenarios.Find(call.ScenarioId, call.ScenarioVersion) is not { } scenario)
            return NotFound();
        Call = call;
        Scenario = scenario;
        CandidateName = call.Candidate!.GivenName;
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedCall, call.CandidateId, call.Id, HttpContext.RequestAborted);
        return Page();
    }
}
