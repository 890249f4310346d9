using Microsoft.AspNetCore.CookiePolicy;

namespace IucRecruit.Web.Security;

/// <summary>
/// Limits and transport rules for every request: a small request body unless a page says otherwise
/// (the CSV imports allow more), HSTS wherever the app is not being developed, and every cookie
/// HttpOnly, SameSite=Lax at least, and Secure in Production (behind TLS).
/// </summary>
public static class RequestHardening
{
    /// <summary>The largest request body a page takes unless it declares its own limit
    /// (<c>[RequestSizeLimit]</c>): forms here are a few kilobytes.</summary>
    public const long MaximumBodyBytes = 1024 * 1024;

    public static void AddRequestHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaximumBodyBytes);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
    }

    public static void UseRequestHardening(this WebApplication app)
    {
        // HSTS is sent only over HTTPS and never for localhost, so the demo on http://localhost is unaffected.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseCookiePolicy(new CookiePolicyOptions
        {
            HttpOnly = HttpOnlyPolicy.Always,
            MinimumSameSitePolicy = SameSiteMode.Lax,
            Secure = app.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest,
        });
    }
}
