using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Pages;

/// <summary>Plain-language pages for errors and status codes; never shows technical detail.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem with the service";
    public string Explanation { get; private set; } = "Try again later. If it keeps happening, tell your administrator.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (Title, Explanation) = status switch
        {
            404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."),
            403 => ("You cannot open this page", "Your role does not give access to it."),
            429 => ("Too many attempts", "Wait a minute, then try again."),
            413 => ("The file is too large", IucRecruit.Web.Areas.Manager.Pages.Import.ImportLimits.TooLarge),
            400 => ("Something was wrong with that request", "Go back, reload the page and try again."),
            _ => (Title, Explanation),
        };
    }
}
