using System.Text.Json;
using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Features.Practice;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IucRecruit.Web.Hosting;

public static class RecruitmentPipeline
{
    public static void UseRecruitmentPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseRequestHardening();
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseStaticFiles();
        app.UseHttpsRequiredInProduction();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseTwoStepSignInRequired();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapCalls();
        app.MapPracticeClips();
        app.MapRecruitmentMetrics();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealth }).AllowAnonymous();
    }

    /// <summary>A small JSON body that a load balancer or an operator can read: each check's status,
    /// and what a check says about itself (the silo's address and status).</summary>
    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            details = report.Entries.Where(e => e.Value.Description is not null).ToDictionary(e => e.Key, e => e.Value.Description),
        }));
    }
}
