using IucRecruit.Data.Campaigns;
using IucRecruit.Web.Features.Candidates;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>Recording that the candidate acknowledged the working conditions, through
/// <see cref="WorkingConditionsRecords"/>.</summary>
public sealed class ConditionsModel(CandidateFiles files, WorkingConditionsRecords conditions, TimeProvider clock) : CandidatePage(files, clock)
{
    public IActionResult OnGet() => BackToTheRecord();

    public async Task<IActionResult> OnPostAcknowledgeAsync(AcknowledgementMethod method, int? version)
    {
        if (!await LoadAsync()) return NotFound();
        if (WorkingConditionsRecords.VersionRefusal(Record.Campaign, version) is { } refusal)
        {
            ModelState.AddModelError("version", refusal);
            return Page();
        }
        await conditions.AcknowledgeAsync(Id, method, version, User.UserId(), HttpContext.RequestAborted);
        return BackToTheRecord("Acknowledgement of the working conditions recorded.");
    }
}
