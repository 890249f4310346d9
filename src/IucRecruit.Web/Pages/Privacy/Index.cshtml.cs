using IucRecruit.Core.Privacy;
using IucRecruit.Data;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Pages.Privacy;

/// <summary>Finds the candidate a subject access or erasure request is about, by name or email
/// address, as the request arrives. A search is over personal data: it needs a few characters
/// (<see cref="PersonalDataSearch"/>) and is recorded in the access audit, who and what.</summary>
[Authorize(Policy = Policies.CandidatePrivacy)]
public sealed class IndexModel(RecruitmentDbContext db, AccessAudit audit) : PageModel
{
    public const int MaxResults = 50;

    public sealed record Match(Guid Id, string Name, string Email, string Campaign);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Match> Matches { get; private set; } = [];

    /// <summary>Why the text entered cannot be searched for; null when it was.</summary>
    public string? Refusal { get; private set; }

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Query)) return;
        var terms = PersonalDataSearch.Normalise(Query);
        if (terms.Text is not { } text)
        {
            Refusal = terms.Refusal;
            ModelState.AddModelError("q", terms.Refusal!);
            return;
        }
        await audit.RecordSearchAsync(User.ToActor(), text, HttpContext.RequestAborted);
        var pattern = $"%{text.ToLowerInvariant()}%";
        // ToLower() here is SQL's lower(), on both providers: PostgreSQL's LIKE is case-sensitive.
#pragma warning disable CA1304, CA1311
        Matches = await db.Candidates.AsNoTracking()
            .Where(c => c.IdentityErasedUtc == null &&
                        (EF.Functions.Like(c.Email.ToLower(), pattern) ||
                         EF.Functions.Like((c.GivenName + " " + c.FamilyName).ToLower(), pattern)))
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).Take(MaxResults)
            .Select(c => new Match(c.Id, c.GivenName + " " + c.FamilyName, c.Email, c.Campaign!.Name))
            .ToListAsync(HttpContext.RequestAborted);
#pragma warning restore CA1304, CA1311
    }
}
