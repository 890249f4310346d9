using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Security;
using OpenTelemetry.Metrics;

namespace IucRecruit.Web.Hosting;

/// <summary>
/// OpenTelemetry metrics in Prometheus' text format at <c>/metrics</c>, for administrators
/// (decision 0039): ASP.NET Core's own meters (requests, connections, SignalR), Orleans' silo meter,
/// and the call relay's (<see cref="CallRelayMetrics"/>).
/// </summary>
public static class RecruitmentMetrics
{
    public const string Path = "/metrics";

    /// <summary>The meter Orleans' runtime reports on (grains, messages, membership).</summary>
    private const string OrleansMeter = "Microsoft.Orleans";

    public static void AddRecruitmentMetrics(this IServiceCollection services) =>
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(OrleansMeter, CallRelayMetrics.MeterName)
            // No cached scrape: the few administrators and scrapers that may read it want it current.
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

    public static void MapRecruitmentMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(Policies.Admin);
}
