using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Scenarios;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Pages.Library;

/// <summary>The scenario library: every scenario and listening exercise, whether it is in use, how
/// often candidates have met it, its version, and any errors in the library's files.</summary>
[Authorize(Policy = Policies.ScenarioLibrary)]
public sealed class IndexModel(ScenarioLibrary library, ScenarioLibraryUsage usage) : PageModel
{
    private static readonly ScenarioLibraryUsage.ItemUsage Unused = new(false, null, null, 0);

    private IReadOnlyDictionary<string, ScenarioLibraryUsage.ItemUsage> usageById = new Dictionary<string, ScenarioLibraryUsage.ItemUsage>();

    public ScenarioLibrary Library => library;

    public ScenarioLibraryUsage.ItemUsage UsageOf(string itemId) => usageById.GetValueOrDefault(itemId) ?? Unused;

    public async Task OnGetAsync() => usageById = await usage.AllAsync(HttpContext.RequestAborted);
}
