using IucRecruit.Data;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Campaigns;
using IucRecruit.Core.Calls;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;

namespace IucRecruit.Web.Areas.Candidate.Pages;

/// <summary>The candidate's home: the job's conditions, stated plainly, and the steps ahead.</summary>
public sealed class IndexModel(
    RecruitmentDbContext db, ListeningAttemptService listening, WorkingConditionsRecords conditions, FeedbackRecords feedback,
    TimeProvider clock) : PageModel
{
    public CandidateRecord Candidate { get; private set; } = null!;
    public Campaign Campaign { get; private set; } = null!;

    /// <summary>Where the candidate is with the listening exercise; null before they start it.</summary>
    public ListeningStatus? Listening { get; private set; }

    /// <summary>When the candidate acknowledged the conditions as they read now, if they have.</summary>
    public DateTime? AcknowledgedUtc { get; private set; }

    /// <summary>The candidate confirms, in writing, that they read the version of the conditions shown.</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync()
    {
        if (User.CandidateId() is not { } candidateId) return NotFound();
        var version = await db.Candidates.Where(c => c.Id == candidateId).Select(c => c.Campaign!.WorkingConditionsVersion)
            .SingleAsync(HttpContext.RequestAborted);
        await conditions.AcknowledgeAsync(candidateId, AcknowledgementMethod.InWriting, version, null, HttpContext.RequestAborted);
        return RedirectToPage();
    }

    /// <summary>The candidate's next mock call, or their last one if it has ended.</summary>
    public MockCall? MockCall { get; private set; }

    /// <summary>Whether feedback on a mock call has been published to the candidate.</summary>
    public bool HasFeedback { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var candidate = await db.Candidates.AsNoTracking().Include(c => c.Campaign)
            .SingleOrDefaultAsync(c => c.Id == User.CandidateId(), HttpContext.RequestAborted);
        if (candidate is null) return NotFound();
        Candidate = candidate;
        Campaign = candidate.Campaign!;
        Listening = (await listening.FindAsync(candidate.Id, HttpContext.RequestAborted))?.StatusAt(clock.GetUtcNow().UtcDateTime);

        AcknowledgedUtc = (await conditions.ForCandidateAsync(candidate.Id, HttpContext.RequestAborted))
            .LastOrDefault(a => a.Version == Campaign.WorkingConditionsVersion)?.AcknowledgedUtc;

        var calls = await db.MockCalls.AsNoTracking().Where(c => c.CandidateId == candidate.Id)
            .OrderBy(c => c.SlotStartUtc).ToListAsync(HttpContext.RequestAborted);
        MockCall = calls.FirstOrDefault(c => !c.Phase.IsOver()) ?? calls.LastOrDefault();
        HasFeedback = (await feedback.PublishedForAsync(candidate.Id, HttpContext.RequestAborted)).Count > 0;
        return Page();
    }
}
