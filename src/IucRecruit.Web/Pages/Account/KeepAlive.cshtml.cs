using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Pages.Account;

/// <summary>What the idle-session script asks when the person is busy on a page without making
/// requests (typing a long note, listening to a call) or presses "Stay signed in": like any request,
/// it renews the sign-in for another idle timeout. Once the session has ended it redirects to sign-in.</summary>
[Authorize(Policy = Policies.SignedIn)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status204NoContent);
}
