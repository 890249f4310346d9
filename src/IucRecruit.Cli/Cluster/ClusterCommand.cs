using System.CommandLine;
using System.Globalization;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data.Cluster;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.Configuration;

namespace IucRecruit.Cli.Cluster;

/// <summary><c>iucrecruit cluster status</c>: the silos of a cluster as its membership table records
/// them, one line each: address, Orleans' status word, when it started (UTC), its name and host.</summary>
internal static class ClusterCommand
{
    /// <summary>The web app's default <c>Cluster:ClusterId</c>.</summary>
    private const string DefaultClusterId = "iucrecruit";

    public static Command Create(CliDatabaseOptions database, TextWriter output)
    {
        var clusterId = new Option<string?>("--cluster-id")
        {
            Description = $"The cluster to list (default: the Cluster__ClusterId environment variable, else {DefaultClusterId}).",
        };
        var status = new Command("status", "List the cluster's silos from Orleans' membership table.") { clusterId };
        status.SetAction(async (parsed, cancellationToken) =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var options = database.Read(parsed);
            if (options.Provider != DatabaseProvider.PostgreSql)
            {
                await error.WriteLineAsync(
                    $"Clustering is not in use: the database is {options.Provider}. A cluster needs Database:Provider=PostgreSql and Cluster:Enabled=true.");
                return 2;
            }

            var cluster = parsed.GetValue(clusterId)
                ?? new ConfigurationBuilder().AddEnvironmentVariables().Build()["Cluster:ClusterId"]
                ?? DefaultClusterId;
            var silos = await OrleansMembership.ReadAsync(options.ResolvedConnectionString(), cluster, cancellationToken);
            if (silos is null)
            {
                await error.WriteLineAsync(
                    "Clustering is not in use: this database has no Orleans membership table (no node has started with Cluster:Enabled=true).");
                return 1;
            }
            if (silos.Count == 0)
            {
                await error.WriteLineAsync($"No silo has joined cluster '{cluster}' in this database.");
                return 1;
            }

            foreach (var silo in silos)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{silo.Address}:{silo.Port} {silo.Status} started {silo.StartedUtc:yyyy-MM-ddTHH:mm:ssZ} name {silo.SiloName} host {silo.HostName}"));
            }
            return 0;
        });

        return new Command("cluster", "Orleans cluster operations.") { status };
    }
}
