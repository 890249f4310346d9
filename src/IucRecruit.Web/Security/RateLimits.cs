using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace IucRecruit.Web.Security;

/// <summary>Slows down password guessing and invitation-link guessing per client address, and
/// limits what one address can ask of the practice call, which is open to anyone.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public int SignInPerMinute { get; set; } = 60;
    public int InvitationPerMinute { get; set; } = 30;

    /// <summary>The practice call's pages and clips, open to anyone (a call is about a dozen requests).</summary>
    public int PracticePerMinute { get; set; } = 120;
}

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Invitation = "invitation";
    public const string Practice = "practice";

    public static IServiceCollection AddRecruitmentRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PerClient(context, limits.SignInPerMinute));
            options.AddPolicy(Invitation, context => PerClient(context, limits.InvitationPerMinute));
            options.AddPolicy(Practice, context => PerClient(context, limits.PracticePerMinute));
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
}
