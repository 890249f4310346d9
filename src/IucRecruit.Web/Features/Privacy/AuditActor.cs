using System.Security.Claims;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Security;

namespace IucRecruit.Web.Features.Privacy;

public static class AuditActor
{
    /// <summary>The signed-in person, as the access audit and the deletion records name them.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(user.UserId(), user.DisplayName());
}
