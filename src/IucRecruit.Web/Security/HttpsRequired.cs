using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Security;

/// <summary>
/// Production's cookies are secure-only, so over plain HTTP no sign-in can work and a form would
/// fail (the antiforgery cookie refuses to be written: a 500). Instead, every page asked for over
/// plain HTTP in Production gets one that says what is needed, and the start-up log says it once.
/// The request counts as HTTPS when it came over TLS, or when a trusted proxy
/// (<see cref="TrustedProxies"/>) said so in <c>X-Forwarded-Proto</c>.
/// </summary>
public static partial class HttpsRequired
{
    public const string PagePath = "/https-required";

    public static void UseHttpsRequiredInProduction(this WebApplication app)
    {
        if (!app.Environment.IsProduction()) return;
        app.Lifetime.ApplicationStarted.Register(() => WarnWhenListeningOnHttp(app));
        app.Use((context, next) =>
        {
            // Balancers probe /health over plain HTTP on the private network.
            if (!context.Request.IsHttps && !context.Request.Path.StartsWithSegments("/health"))
            {
                context.Request.Path = PagePath;
                context.Request.QueryString = QueryString.Empty;
            }
            return next(context);
        });
    }

    private static void WarnWhenListeningOnHttp(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var plain = addresses.Where(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)).ToList();
        if (plain.Count == 0) return;
        var trusted = TrustedProxies.Describe(app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value);
        LogPlainHttp(app.Logger, string.Join(", ", plain), trusted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Production is listening on plain HTTP ({Addresses}). Cookies are secure-only here, so every page answers " +
        "'HTTPS is needed' unless the request arrived over HTTPS. Either listen on https:// (ASPNETCORE_URLS=https://…, " +
        "with Kestrel__Certificates__Default__Path and __Password), or put a TLS-terminating proxy in front that sends " +
        "X-Forwarded-Proto: https and list its address in ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks " +
        "(trusted now: {TrustedProxies}). /health still answers over HTTP.")]
    private static partial void LogPlainHttp(ILogger logger, string addresses, string trustedProxies);
}
