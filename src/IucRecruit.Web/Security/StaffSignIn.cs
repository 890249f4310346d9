using System.Net;
using IucRecruit.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace IucRecruit.Web.Security;

/// <summary>What a staff sign-in attempt came to. The words shown never say whether an address has
/// an account.</summary>
public enum SignInOutcome
{
    SignedIn,
    /// <summary>The password was right; the authenticator code comes next.</summary>
    NeedsCode,
    /// <summary>Unknown address, wrong password or code, deactivated account: one answer for all.</summary>
    Refused,
    /// <summary>Too many failures lately: try again after <see cref="SignInAttempt.Wait"/>.</summary>
    Wait,
}

public sealed record SignInAttempt(SignInOutcome Outcome, TimeSpan Wait = default)
{
    public const string Refusal = "The email address or password is not right.";
    public const string CodeRefusal = "The code is not right. Check the time on your phone and use the newest code.";

    public string WaitMessage => Math.Ceiling(Wait.TotalSeconds) is var seconds && seconds == 1
        ? "Too many attempts to sign in. Wait 1 second, then try again."
        : $"Too many attempts to sign in. Wait {seconds:0} seconds, then try again.";
}

/// <summary>
/// Staff sign-in, both steps, throttled by <see cref="SignInThrottle"/> (issue 16, bug 7). An unknown
/// address costs the same password hashing as a known one, so the answer takes as long; no account
/// is ever locked by failures.
/// </summary>
public sealed partial class StaffSignIn(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher,
    SignInThrottle throttle, ILogger<StaffSignIn> log)
{
    /// <summary>What an unknown address's password is checked against: a real hash of a random
    /// password, made once, with the same hasher and cost as everyone's.</summary>
    private static string? dummyHash;

    private static readonly AppUser Nobody = new() { Id = Guid.Empty, UserName = "" };

    public async Task<SignInAttempt> PasswordAsync(string email, string password, IPAddress? client)
    {
        var keys = SignInThrottle.KeysFor(email, client);
        if (throttle.WaitFor(keys) is { } wait) return Waiting(wait);

        // Staff user names are their email addresses; candidates' accounts have no password.
        var user = await users.FindByNameAsync(email.Trim());
        if (user?.PasswordHash is null)
        {
            HashAsIfChecking(password);
            return Refused(keys, "unknown account");
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(keys);
            if (result.RequiresTwoFactor) return new SignInAttempt(SignInOutcome.NeedsCode);
            LogSignedIn(log, user.Id);
            return new SignInAttempt(SignInOutcome.SignedIn);
        }
        // Identity refuses a deactivated (locked) account before it checks the password.
        if (result.IsLockedOut) HashAsIfChecking(password);
        return Refused(keys, result.IsLockedOut ? "deactivated account" : "wrong password");
    }

    /// <summary>The second step: a code from the authenticator app, or one of the recovery codes
    /// (each works once).</summary>
    public async Task<SignInAttempt> CodeAsync(string code, bool recoveryCode, IPAddress? client)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return new SignInAttempt(SignInOutcome.Refused);
        var keys = SignInThrottle.KeysFor(user.Id, client);
        if (throttle.WaitFor(keys) is { } wait) return Waiting(wait);

        // Spaces are how people copy codes; a recovery code's dash is part of it (Identity's "xxxxx-xxxxx").
        var typed = code.Replace(" ", "", StringComparison.Ordinal);
        var result = recoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(typed)
            : await signIn.TwoFactorAuthenticatorSignInAsync(typed, isPersistent: false, rememberClient: false);
        if (!result.Succeeded) return Refused(keys, recoveryCode ? "wrong recovery code" : "wrong authenticator code");
        throttle.Succeeded(keys);
        LogSignedIn(log, user.Id);
        return new SignInAttempt(SignInOutcome.SignedIn);
    }

    private void HashAsIfChecking(string password)
    {
        dummyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(Nobody, dummyHash, password);
    }

    private SignInAttempt Refused(IReadOnlyList<string> keys, string reason)
    {
        throttle.Failed(keys);
        LogRefused(log, reason);
        return new SignInAttempt(SignInOutcome.Refused);
    }

    private SignInAttempt Waiting(TimeSpan wait)
    {
        LogRefused(log, "throttled");
        return new SignInAttempt(SignInOutcome.Wait, wait);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
