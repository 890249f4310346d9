using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Security;

/// <summary>
/// A staff session ends <see cref="SecurityOptions.SessionLifetime"/> after signing in (12 hours by
/// default, ASVS 4.0.3 §3.3.2 at level 2), however busy it is: the idle timeout alone would let a
/// session in use live for ever. The sign-in time is kept in the cookie's properties, which sliding
/// renewal and the security stamp's refresh carry over; a new sign-in (each step of two-step
/// sign-in included) starts it again. A candidate's sign-in has its own end, the invitation's.
/// </summary>
public static class StaffSessionLimit
{
    private const string SignedInAtItem = "iucrecruit.signed-in-at";

    public static Task StampSignIn(CookieSigningInContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        context.Properties.Items[SignedInAtItem] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public static async Task RejectWhenOver(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.FindFirst(CandidateSignIn.AccessUntilClaim) is not null) return;
        var services = context.HttpContext.RequestServices;
        var lifetime = services.GetRequiredService<IOptions<SecurityOptions>>().Value.SessionLifetime;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        // A cookie without the item was issued before the limit existed: its issue time stands in.
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAtItem, out var stamp) && stamp is not null
            ? DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : context.Properties.IssuedUtc ?? now;
        if (now - signedInAt >= lifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
