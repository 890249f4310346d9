using IucRecruit.Web.Security;

namespace IucRecruit.Web.Features.Calls;

/// <summary><c>GET /diagnostics/calls</c>, for administrators and monitoring: how many calls are
/// awake, how many frames were relayed or dropped, and the histogram of how long the server held
/// each frame (the relay benchmark reads it).</summary>
public static class CallDiagnostics
{
    public static void MapCallDiagnostics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/diagnostics/calls", (CallSessions sessions, CallRelayMetrics metrics) => Results.Json(new
        {
            awakeCalls = sessions.Awake.Count(),
            metrics = metrics.Read(),
        })).RequireAuthorization(Policies.Admin);
}
