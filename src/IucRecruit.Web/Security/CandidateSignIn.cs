using System.Globalization;
using System.Security.Claims;
using IucRecruit.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Security;

/// <summary>
/// A candidate's sign-in lasts only as long as the invitation that opened it. The end is kept as a
/// claim in the cookie, carried over when Identity refreshes the sign-in, and checked on every
/// request; staff sign-ins have no such claim and follow the normal cookie lifetime.
/// </summary>
public static class CandidateSignIn
{
    public const string AccessUntilClaim = "iucrecruit:access-until";

    public static Claim AccessUntil(DateTime expiresUtc) =>
        new(AccessUntilClaim, expiresUtc.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Rejects a candidate's cookie once their access has ended.</summary>
    public static async Task RejectWhenExpired(CookieValidatePrincipalContext context)
    {
        var claim = context.Principal?.FindFirst(AccessUntilClaim);
        if (claim is null) return;
        var until = DateTime.Parse(claim.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (clock.GetUtcNow().UtcDateTime >= until)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>Keeps the access limit when Identity rebuilds the principal (security stamp check).</summary>
    public static Task KeepAccessLimit(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(AccessUntilClaim) is { } claim &&
            context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(claim.Type, claim.Value));
        }
        return Task.CompletedTask;
    }
}

/// <summary>Adds the candidate record's id to a candidate's sign-in, so that pages and the call hub
/// can restrict them to their own data without a database read.</summary>
public sealed class RecruitmentClaimsFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("name", user.DisplayName));
        TwoStepSignIn.AddClaims(user, identity);
        if (user.CandidateId is { } candidateId)
        {
            identity.AddClaim(new Claim(Policies.CandidateIdClaim, candidateId.ToString()));
        }
        return identity;
    }
}
