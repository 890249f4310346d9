using System.CommandLine;
using IucRecruit.Cli.Audit;
using IucRecruit.Cli.Cluster;
using IucRecruit.Cli.Database;
using IucRecruit.Cli.Demo;
using IucRecruit.Cli.Funnel;
using IucRecruit.Cli.Hosting;
using IucRecruit.Cli.Privacy;
using IucRecruit.Cli.Reliability;
using IucRecruit.Cli.Scenarios;
using IucRecruit.Cli.Users;

namespace IucRecruit.Cli;

/// <summary>
/// <c>iucrecruit</c>: what operators script (DESIGN.md §6). Each feature adds its commands here;
/// they all share the database options of <see cref="CliDatabaseOptions"/>.
/// </summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var database = new CliDatabaseOptions();
        var root = new RootCommand("IucRecruit command-line tool: database, demo data and operator tasks.");
        database.AddTo(root);
        root.Subcommands.Add(MigrateCommand.Create(database, output));
        root.Subcommands.Add(DemoDataCommand.Create(database, output));
        root.Subcommands.Add(UsersCommand.Create(database, input, output, error));
        root.Subcommands.Add(ReliabilityCommand.Create(input, output, error));
        root.Subcommands.Add(ScenariosCommand.Create(output));
        root.Subcommands.Add(ImportCommand.Create(database, output, error));
        root.Subcommands.Add(BackfillCommand.Create(database, output, error));
        root.Subcommands.Add(ExportCommand.Create(database, output, error));
        root.Subcommands.Add(SeedBenchCommand.Create(database, output, error));
        root.Subcommands.Add(PurgeCommand.Create(database, output, error));
        root.Subcommands.Add(ExportCandidateCommand.Create(database, output, error));
        root.Subcommands.Add(ClusterCommand.Create(database, output));
        root.Subcommands.Add(AuditCommand.Create(database, output, error));

        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
