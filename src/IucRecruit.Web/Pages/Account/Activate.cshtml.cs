using System.ComponentModel.DataAnnotations;
using IucRecruit.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using IucRecruit.Web.Security;

namespace IucRecruit.Web.Pages.Account;

/// <summary>Where a new member of staff, or one whose password was reset, chooses a password.
/// The link carries Identity's password-reset token, which stops working once used.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ActivateModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Type the password again")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same")]
    public string ConfirmPassword { get; set; } = "";

    public bool LinkUsable { get; private set; }
    public string DisplayName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear();
        await CheckLinkAsync();
        if (!LinkUsable) Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CheckLinkAsync();
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        if (!ModelState.IsValid) return Page();

        var result = await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }
            return Page();
        }
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        // A new password is one factor: someone with two-step sign-in signs in with the code as well.
        if (user.TwoFactorEnabled) return Redirect("/account/sign-in");
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/");
    }

    private async Task<AppUser?> CheckLinkAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        if (user is null || user.CandidateId is not null || string.IsNullOrEmpty(Token)) return null;
        LinkUsable = await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, Token);
        DisplayName = user.DisplayName;
        return LinkUsable ? user : null;
    }
}
