using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Candidates;
using IucRecruit.Web.Features.Privacy;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>One candidate's record: their details, stage log, working conditions, employment and
/// adjustments, with the forms that change them. Each form is sent to the page for what the
/// manager is doing (<see cref="JourneyModel"/>, <see cref="ConditionsModel"/>,
/// <see cref="EmploymentModel"/>, <see cref="AdjustmentsModel"/>). Each view is recorded in the
/// access audit.</summary>
public sealed class DetailModel(CandidateFiles files, AccessAudit audit, TimeProvider clock) : CandidatePage(files, clock)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedCandidate, Id, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }
}
