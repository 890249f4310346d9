using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Pages;

/// <summary>What a plain-HTTP request in Production is shown (<see cref="HttpsRequired"/>). It has no
/// form, so it writes no antiforgery cookie.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class HttpsRequiredModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;

    public void OnPost() => OnGet();
}
