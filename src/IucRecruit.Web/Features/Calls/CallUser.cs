using System.Security.Claims;
using IucRecruit.Web.Security;

namespace IucRecruit.Web.Features.Calls;

/// <summary>The signed-in person behind a hub connection, as a call needs to know them.</summary>
[GenerateSerializer, Immutable]
public sealed record CallUser([property: Id(0)] Guid UserId, [property: Id(1)] Guid? CandidateId, [property: Id(2)] string DisplayName)
{
    public static CallUser From(ClaimsPrincipal principal) => new(
        principal.UserId() ?? throw new InvalidOperationException("A signed-in user has no id."),
        principal.CandidateId(),
        principal.DisplayName());
}
