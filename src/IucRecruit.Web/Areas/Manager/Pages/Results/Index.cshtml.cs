using IucRecruit.Web.Features.Assessment;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Manager.Pages.Results;

/// <summary>Ended mock calls and their assessment: ratings in, disagreements for a lead, results,
/// funnel moves still to make, feedback to publish.</summary>
public sealed class IndexModel(ResultsOverview overview) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<ResultsOverview.Row> Calls { get; private set; } = [];

    public async Task OnGetAsync() => Calls = await overview.ListAsync(Shown, HttpContext.RequestAborted);
}
