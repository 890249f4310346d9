using IucRecruit.Testing;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Security;

/// <summary>
/// Deny by default, checked two ways: every endpoint the app maps either names a policy or is
/// marked anonymous, and an endpoint that does neither is refused by the fallback policy.
/// </summary>
public sealed class EndpointPolicyTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public void Every_endpoint_names_a_policy_or_is_explicitly_anonymous()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var unprotected = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(unprotected.Count == 0, "Endpoints without an explicit policy: " + string.Join(", ", unprotected));
    }

    [Fact]
    public async Task The_fallback_policy_refuses_everyone()
    {
        var fallback = app.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        var policy = await fallback;
        Assert.NotNull(policy);
        var evaluator = app.Services.GetRequiredService<IAuthorizationService>();
        var admin = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Role, Core.Identity.Roles.Admin)], "test"));

        Assert.False((await evaluator.AuthorizeAsync(admin, policy!)).Succeeded);
    }

    [Fact]
    public void Each_role_area_has_its_own_policy() =>
        Assert.Equal(AreaAuthorization.PolicyByArea.Count, AreaAuthorization.PolicyByArea.Values.Distinct().Count());
}
