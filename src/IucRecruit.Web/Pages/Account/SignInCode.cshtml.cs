using System.ComponentModel.DataAnnotations;
using IucRecruit.Data.Identity;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IucRecruit.Web.Pages.Account;

/// <summary>The second step of a staff sign-in: a code from the authenticator app, or a recovery
/// code. Reached only with Identity's short-lived two-factor cookie that the first step writes.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInCodeModel(StaffSignIn staff, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shows the recovery-code form instead of the authenticator one.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Recovery { get; set; }

    /// <summary>No password step behind this visit (or it was more than a few minutes ago).</summary>
    public bool StartAgain { get; private set; }

    public async Task OnGetAsync() => StartAgain = await signIn.GetTwoFactorAuthenticationUserAsync() is null;

    public Task<IActionResult> OnPostAsync() => CheckAsync(recoveryCode: false);

    public Task<IActionResult> OnPostRecoveryAsync() => CheckAsync(recoveryCode: true);

    private async Task<IActionResult> CheckAsync(bool recoveryCode)
    {
        Recovery = recoveryCode;
        if (!ModelState.IsValid) return Page();
        var attempt = await staff.CodeAsync(Code, recoveryCode, HttpContext.Connection.RemoteIpAddress);
        switch (attempt.Outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.Wait:
                ModelState.AddModelError(nameof(Code), attempt.WaitMessage);
                return Page();
            default:
                StartAgain = await signIn.GetTwoFactorAuthenticationUserAsync() is null;
                if (!StartAgain) ModelState.AddModelError(nameof(Code), recoveryCode ? "That recovery code is not right, or it has been used." : SignInAttempt.CodeRefusal);
                return Page();
        }
    }
}
