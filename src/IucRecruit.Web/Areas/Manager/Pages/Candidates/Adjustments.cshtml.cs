using IucRecruit.Core.Retention;
using IucRecruit.Data.Candidates;
using IucRecruit.Web.Features.Candidates;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>The candidate's adjustments and flexible-working preferences, through
/// <see cref="CandidateAdjustments"/>.</summary>
public sealed class AdjustmentsModel(CandidateFiles files, CandidateAdjustments adjustments, TimeProvider clock) : CandidatePage(files, clock)
{
    public IActionResult OnGet() => BackToTheRecord();

    public async Task<IActionResult> OnPostAsync(int extraTimePercent, bool restBreaks, string? adjustmentNotes,
        List<ContractType> preferredContractTypes, string? flexibleWorkingNotes)
    {
        var problems = await adjustments.SaveAsync(Id,
            new CandidateAdjustments.Change(extraTimePercent, restBreaks, adjustmentNotes, preferredContractTypes, flexibleWorkingNotes),
            HttpContext.RequestAborted);
        if (problems is null) return NotFound();
        if (problems.Count == 0) return BackToTheRecord("Adjustments and flexible working saved.");
        foreach (var (field, message) in problems) ModelState.AddModelError(field, message);
        await LoadAsync();
        return Page();
    }
}
