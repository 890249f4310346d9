using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace IucRecruit.Web.Security;

/// <summary>Slows down password guessing and invitation-link guessing per client address.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public int SignInPerMinute { get; set; } = 60;
    public int InvitationPerMinute { get; set; } = 30;
}

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Invitation = "invitation";

    public static IServiceCollection AddRecruitmentRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PerClient(context, limits.SignInPerMinute));
            options.AddPolicy(Invitation, context => PerClient(context, limits.InvitationPerMinute));
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
}
