using System.ComponentModel.DataAnnotations;
using IucRecruit.Data.Identity;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IucRecruit.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed partial class SignInModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<SignInModel> log) : PageModel
{
    private const string WrongDetails = "The email address or password is not right.";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        // Staff user names are their email addresses; candidates' accounts have no password and
        // cannot sign in here.
        var user = await users.FindByNameAsync(Email.Trim());
        if (user is null || user.PasswordHash is null)
        {
            LogRefused(log, "unknown account");
            ModelState.AddModelError("", WrongDetails);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LogSignedIn(log, user.Id);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            LogRefused(log, "locked out");
            ModelState.AddModelError("",
                "This account is locked for 15 minutes after too many wrong passwords. Try again later, or ask an administrator to unlock it.");
        }
        else
        {
            LogRefused(log, "wrong password");
            ModelState.AddModelError("", WrongDetails);
        }
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
