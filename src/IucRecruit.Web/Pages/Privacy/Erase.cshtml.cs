using IucRecruit.Data;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;

namespace IucRecruit.Web.Pages.Privacy;

/// <summary>The confirmation step of an erasure: what will go and what stays, the reason, and an
/// explicit confirmation that it cannot be undone.</summary>
[Authorize(Policy = Policies.CandidatePrivacy)]
public sealed class EraseModel(RecruitmentDbContext db, IEnumerable<ICandidateData> registry, CandidateErasure erasure, AccessAudit audit)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public CandidateRecord Candidate { get; private set; } = null!;
    public IReadOnlyList<ICandidateData> Registry { get; } = registry.ToList();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Candidate.IdentityErasedUtc is not null) return RedirectToPage("/Privacy/Candidate", new { id = Id });
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedCandidate, Id, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!Confirmed) ModelState.AddModelError(nameof(Confirmed), "Confirm that you understand the erasure cannot be undone");
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter the reason for the erasure");
        if (!ModelState.IsValid) return Page();

        var outcome = await erasure.EraseAsync(Id, Reason, User.ToActor(), HttpContext.RequestAborted);
        if (outcome.Refusal is not null)
        {
            ModelState.AddModelError("", outcome.Refusal);
            return Page();
        }
        var summary = DeletionSummary.FromJson(outcome.Record!.Summary);
        TempData["Confirmation"] = "Erased. " + (summary.Items.Count == 0 ? "There was nothing personal left to remove."
            : string.Join("; ", summary.Items.Select(i => $"{i.What}: {i.Count}")) + ".");
        return RedirectToPage("/Privacy/Candidate", new { id = Id });
    }

    private async Task<bool> LoadAsync()
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, HttpContext.RequestAborted);
        if (candidate is null) return false;
        Candidate = candidate;
        return true;
    }
}
