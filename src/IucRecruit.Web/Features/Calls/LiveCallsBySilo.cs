using IucRecruit.Core.Calls;
using IucRecruit.Data;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// What administrators see of the cluster (issue 13 item 6): every silo Orleans knows, as its
/// management grain reports it (address, status word, start), and the call grains active on each,
/// with what the database says of those calls. The embedded default shows its one silo.
/// </summary>
public sealed class LiveCallsBySilo(IGrainFactory grains, IDbContextFactory<RecruitmentDbContext> contexts)
{
    public sealed record Silo(string Address, string Name, string Status, DateTime StartedUtc, IReadOnlyList<LiveCall> Calls);

    /// <summary>A call grain's activation; its details are null for a grain with no such call
    /// (asked for by a mistaken link, and about to deactivate).</summary>
    public sealed record LiveCall(Guid CallId, string? ScenarioId, CallPhase? Phase, DateTime? SlotStartUtc);

    public async Task<IReadOnlyList<Silo>> ReadAsync(CancellationToken cancellationToken)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(false, cancellationToken);
        var callGrain = grains.GetGrain<ICallGrain>(Guid.Empty).GetGrainId().Type;
        var activations = (await management.GetDetailedGrainStatistics(null, null, cancellationToken))
            .Where(a => a.GrainId.Type == callGrain)
            .Select(a => (a.SiloAddress, CallId: a.GrainId.GetGuidKey()))
            .ToList();

        var ids = activations.Select(a => a.CallId).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calls = await db.MockCalls.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new LiveCall(c.Id, c.ScenarioId, c.Phase, c.SlotStartUtc))
            .ToDictionaryAsync(c => c.CallId, cancellationToken);

        return hosts
            .OrderBy(h => h.Status != SiloStatus.Active).ThenBy(h => h.StartTime)
            .Select(h => new Silo(
                $"{h.SiloAddress.Endpoint} (generation {h.SiloAddress.Generation})", h.SiloName, h.Status.ToString(), h.StartTime,
                activations.Where(a => a.SiloAddress.Equals(h.SiloAddress))
                    .Select(a => calls.GetValueOrDefault(a.CallId) ?? new LiveCall(a.CallId, null, null, null))
                    .OrderBy(c => c.SlotStartUtc).ToList()))
            .ToList();
    }
}
