using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace IucRecruit.Web.Hosting;

/// <summary>
/// <c>/health</c>'s <c>silo</c>: this node's Orleans silo as its membership sees it. Only an active
/// silo can host and reach calls, so a node whose silo is still joining, shutting down or declared
/// dead reports unhealthy and a balancer stops sending it people.
/// </summary>
public sealed class SiloHealthCheck(ISiloStatusOracle silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = silo.CurrentStatus;
        var active = silo.GetApproximateSiloStatuses(onlyActive: true).Count;
        var description = $"{silo.SiloAddress.Endpoint} {status}; {active} active in the cluster";
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy(description)
            : HealthCheckResult.Unhealthy(description));
    }
}
