using System.Globalization;
using IucRecruit.Data.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Admin.Pages.Audit;

/// <summary>The access audit, newest first, filtered by candidate, person, action and dates. Read
/// only: the page has no form that changes anything, and the table refuses changes
/// (docs/decisions/0026).</summary>
public sealed class IndexModel(AccessAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "candidate")] public Guid? CandidateId { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public Guid? UserId { get; set; }
    [BindProperty(SupportsGet = true, Name = "what")] public AccessAction? What { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AccessAudit.Line> Lines { get; private set; } = [];
    public bool More { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Viewers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        (Lines, More) = await audit.SearchAsync(new AccessAudit.Filter(CandidateId, UserId, What, From, To, PageNumber), HttpContext.RequestAborted);
        Viewers = await audit.ViewersAsync(HttpContext.RequestAborted);
    }

    /// <summary>The same filters on another page of results.</summary>
    public IDictionary<string, string> RouteFor(int page) => new Dictionary<string, string?>
        {
            ["candidate"] = CandidateId?.ToString(), ["user"] = UserId?.ToString(), ["what"] = What?.ToString(),
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["p"] = page.ToString(CultureInfo.InvariantCulture),
        }.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
}
