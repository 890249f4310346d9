using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;
using IucRecruit.Core.Calls;
using IucRecruit.Data.Cluster;
using IucRecruit.Data.Storage;
using Orleans.Configuration;
using Orleans.Serialization;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// The Orleans silo every web node hosts for live calls (DESIGN.md §2, decision 0035). By default
/// one silo on its own (localhost clustering, nothing to install); with <c>Cluster:Enabled</c> the
/// nodes find each other through Orleans' ADO.NET clustering on the product's PostgreSQL.
/// </summary>
public static class CallSilo
{
    public static void AddCallSilo(this WebApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(CallClusterOptions.Section).Get<CallClusterOptions>() ?? new CallClusterOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var calls = builder.Configuration.GetSection(CallOptions.Section).Get<CallOptions>() ?? new CallOptions();
        // A call with people in it keeps itself (decision 0074); an empty one waits this long for
        // them. Shorter than two refreshes, a call could be collected between the nodes' rounds
        // that bring its people back after a failover.
        if (calls.IdleTimeout < CallNode.RefreshPeriod * 2)
            throw new InvalidOperationException($"Calls:IdleTimeout is {calls.IdleTimeout}; it must be at least {CallNode.RefreshPeriod * 2}.");
        // Orleans' membership table must be there before the silo starts, and hosted services
        // start in the order they were added.
        if (cluster.Enabled) builder.Services.AddHostedService(_ => new ClusterTables(database.ConnectionString));
        builder.UseOrleans(silo =>
        {
            if (cluster.Enabled) JoinCluster(silo, cluster, database);
            else
            {
                // Two free ports of this machine, so that several apps (the tests start many in one
                // process) never clash. Nothing outside the process talks to an embedded silo.
                silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            }
            silo.AddCallGrains(calls);
        });
    }

    /// <summary>What a silo needs to run call grains: the web node's and the grain tests' test
    /// cluster alike.</summary>
    public static ISiloBuilder AddCallGrains(this ISiloBuilder silo, CallOptions calls)
    {
        silo.Services.AddCallSerializer();
        return silo.Configure<GrainCollectionOptions>(collection =>
        {
            // Calls:IdleTimeout is Orleans' own idle collection of the call grain. The sweep
            // runs often enough for the timeout to mean what it says.
            collection.ClassSpecificCollectionAge[typeof(CallGrain).FullName!] = calls.IdleTimeout;
            collection.CollectionQuantum = TimeSpan.FromTicks(Math.Min(collection.CollectionQuantum.Ticks, calls.IdleTimeout.Ticks / 2));
        });
    }

    /// <summary>Core's call types (commands, events, enums) are plain records with no Orleans
    /// attributes; they cross between nodes, and between a client and the cluster, as JSON.</summary>
    public static IServiceCollection AddCallSerializer(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type.Assembly == typeof(CallEvent).Assembly,
            new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } }));

    /// <summary>Tuned so that a killed node is declared dead in about a second (measured here:
    /// 0.9-1.3 s; Orleans' defaults took 10-16 s), well inside the call's 5 s to recover.</summary>
    public static ISiloBuilder DetectFailuresQuickly(this ISiloBuilder silo) =>
        silo.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.NumVotesForDeathDeclaration = 1;
            options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        });

    private static void JoinCluster(ISiloBuilder silo, CallClusterOptions cluster, DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
            throw new InvalidOperationException(
                $"Cluster:Enabled needs Database:Provider=PostgreSql (it is {database.Provider}): the nodes find each other in its membership table.");
        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = "Npgsql";
            options.ConnectionString = database.ConnectionString;
        });
        silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = cluster.ClusterId;
            options.ServiceId = cluster.ServiceId;
        });
        silo.DetectFailuresQuickly();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Creates Orleans' tables in the product's PostgreSQL when a node of a cluster starts.</summary>
internal sealed class ClusterTables(string? connectionString) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => OrleansSchema.EnsureCreatedAsync(
        connectionString ?? throw new InvalidOperationException("Cluster:Enabled needs Database:ConnectionString."), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The <c>Cluster</c> configuration section: several web nodes sharing live calls.</summary>
public sealed class CallClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>Off: one node, its silo on its own. On: needs <c>Database:Provider=PostgreSql</c>.</summary>
    public bool Enabled { get; set; }

    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address the other nodes reach this one's silo at.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    public string ClusterId { get; set; } = "iucrecruit";
    public string ServiceId { get; set; } = "iucrecruit";
}
