using System.Security.Claims;

namespace IucRecruit.Web.Security;

public static class ClaimsPrincipalExtensions
{
    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The candidate record a candidate's sign-in is tied to; null for staff.</summary>
    public static Guid? CandidateId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Policies.CandidateIdClaim), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue("name") ?? principal.Identity?.Name ?? "";
}
