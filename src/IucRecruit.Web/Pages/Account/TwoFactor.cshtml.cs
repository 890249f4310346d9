using System.ComponentModel.DataAnnotations;
using IucRecruit.Data.Identity;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Pages.Account;

/// <summary>Setting up two-step sign-in: the shared key as text and as a QR code, a code from the app
/// to prove it works, then the recovery codes, shown once. Once set up, new recovery codes can be made.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class TwoFactorModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IOptions<SecurityOptions> options, ILogger<TwoFactorModel> log) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app")]
    public string Code { get; set; } = "";

    /// <summary>Came here because the role requires it (<see cref="TwoStepSignIn.UseTwoStepSignInRequired"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    public bool Enabled { get; private set; }
    public bool RequiredForRole { get; private set; }
    public string Key { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, right after they are made.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync(await CurrentUserAsync());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled) return RedirectToPage();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), SignInAttempt.CodeRefusal);
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoStepSignIn.RecoveryCodeCount))!.ToList();
        // Both changed the security stamp, which ends every session (decision 0040) but this one.
        await signIn.RefreshSignInAsync(user);
        LogEnabled(log, user.Id);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled) return RedirectToPage();
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoStepSignIn.RecoveryCodeCount))!.ToList();
        await signIn.RefreshSignInAsync(user);
        ModelState.Clear();
        await LoadAsync(user);
        return Page();
    }

    private async Task<AppUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in member of staff has no account.");

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        RequiredForRole = options.Value.MfaRequiredFor(User);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled) return;

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Making the key changes the security stamp: keep this session.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        Key = TwoStepSignIn.FormatKey(key);
        AuthenticatorUri = TwoStepSignIn.AuthenticatorUri(user.Email ?? user.UserName ?? "", key);
        QrCode = TwoStepSignIn.QrCodeDataUrl(AuthenticatorUri);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {UserId} set up two-step sign-in")]
    private static partial void LogEnabled(ILogger logger, Guid userId);
}
