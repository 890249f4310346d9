using IucRecruit.Data.Messages;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Candidates;
using IucRecruit.Web.Features.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>One candidate's record: their details, stage log, working conditions, employment and
/// adjustments, with the forms that change them. Each form is sent to the page for what the
/// manager is doing (<see cref="JourneyModel"/>, <see cref="ConditionsModel"/>,
/// <see cref="EmploymentModel"/>, <see cref="AdjustmentsModel"/>, <see cref="ContactModel"/>). Each view is recorded in the
/// access audit.</summary>
public sealed class DetailModel(CandidateFiles files, AccessAudit audit, IOptions<MessagesOptions> messages, TimeProvider clock)
    : CandidatePage(files, clock)
{
    /// <summary>Whether reminders go by text too where a mobile number is held (docs/decisions/0072).</summary>
    public bool SendsTexts => messages.Value.SendsTexts;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedCandidate, Id, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }
}
