using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Admin.Pages.Cluster;

/// <summary>The live-call cluster: each silo and the calls live on it, as Orleans reports them now.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(LiveCallsBySilo cluster) : PageModel
{
    public IReadOnlyList<LiveCallsBySilo.Silo> Silos { get; private set; } = [];

    public async Task OnGetAsync() => Silos = await cluster.ReadAsync(HttpContext.RequestAborted);
}
