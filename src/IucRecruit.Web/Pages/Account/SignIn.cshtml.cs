using System.ComponentModel.DataAnnotations;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IucRecruit.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(StaffSignIn staff) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set when an idle session was ended (the idle-session script sends people here).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Idle { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var attempt = await staff.PasswordAsync(Email, Password, HttpContext.Connection.RemoteIpAddress);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        switch (attempt.Outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(returnUrl);
            case SignInOutcome.NeedsCode:
                return RedirectToPage("/Account/SignInCode", new { ReturnUrl = returnUrl });
            case SignInOutcome.Wait:
                ModelState.AddModelError("", attempt.WaitMessage);
                return Page();
            default:
                ModelState.AddModelError("", SignInAttempt.Refusal);
                return Page();
        }
    }
}
