using IucRecruit.Web.Security;

namespace IucRecruit.Web.Features.Calls;

/// <summary><c>GET /diagnostics/calls</c>, for administrators and monitoring: how many calls are
/// live on this node, how many frames were relayed or dropped, and the histogram of how long the
/// server held each frame (the relay benchmark reads it).</summary>
public static class CallDiagnostics
{
    public static void MapCallDiagnostics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/diagnostics/calls", (CallRelayMetrics metrics) => Results.Json(new
        {
            liveCalls = metrics.LiveCalls,
            metrics = metrics.Read(),
        })).RequireAuthorization(Policies.Admin);
}
