using System.Globalization;
using System.Security.Claims;
using System.Text;
using IucRecruit.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QRCoder;

namespace IucRecruit.Web.Security;

/// <summary>
/// Two-step sign-in for staff: a time-based code (RFC 6238) from an authenticator app, through ASP.NET
/// Core Identity's authenticator token provider, with single-use recovery codes. Required for the
/// roles in <see cref="SecurityOptions.RequireMfaForRoles"/>: a holder who has not set it up is sent
/// to the set-up page for everything else (<see cref="UseTwoStepSignInRequired"/>).
/// </summary>
public static class TwoStepSignIn
{
    /// <summary>On the sign-in of someone who has set up an authenticator (and so passed the code
    /// step to sign in, or has just set it up).</summary>
    public const string EnrolledClaim = "iucrecruit:two-step";

    public const string SetUpPath = "/account/two-factor";

    public const int RecoveryCodeCount = 10;

    private const string Issuer = "IucRecruit";

    /// <summary>What someone who must set up two-step sign-in may still open meanwhile.</summary>
    private static readonly string[] AllowedBeforeSetUp = [SetUpPath, "/account/sign-out", "/account/keep-alive", "/error", HttpsRequired.PagePath];

    public static void UseTwoStepSignInRequired(this WebApplication app) =>
        app.Use((context, next) =>
        {
            var user = context.User;
            if (user.Identity?.IsAuthenticated != true || user.HasClaim(c => c.Type == EnrolledClaim) ||
                AllowedBeforeSetUp.Any(path => context.Request.Path.StartsWithSegments(path)) ||
                !context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.MfaRequiredFor(user))
            {
                return next(context);
            }
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Redirect(SetUpPath + "?required=true");
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            return Task.CompletedTask;
        });

    /// <summary>Adds <see cref="EnrolledClaim"/> when the account has an authenticator.</summary>
    public static void AddClaims(AppUser user, ClaimsIdentity identity)
    {
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(EnrolledClaim, "authenticator"));
    }

    /// <summary>The shared key as people type it: groups of four, lower case.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }

    /// <summary>The <c>otpauth://</c> address authenticator apps read from the QR code (Google's Key
    /// Uri Format: 6 digits, 30 seconds, SHA-1, which is what Identity's provider checks).</summary>
    public static string AuthenticatorUri(string email, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>The address as a QR code, a PNG in a data: URL (the content security policy allows
    /// data: images, and the key never leaves the page).</summary>
    public static string QrCodeDataUrl(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
