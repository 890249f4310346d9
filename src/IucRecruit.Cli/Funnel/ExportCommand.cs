using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Funnel;

/// <summary><c>iucrecruit export funnel|retention|leavers [filters] --output FILE</c>: the dashboard's
/// table of that section as CSV, exactly as the page's download gives it.</summary>
internal static class ExportCommand
{
    private static readonly IReadOnlyDictionary<string, string> TableOf = new Dictionary<string, string>
    {
        ["funnel"] = DashboardTables.Funnel,
        ["retention"] = DashboardTables.Retention,
        ["leavers"] = DashboardTables.LeaversByMonth,
    };

    public static Command Create(CliDatabaseOptions database, TextWriter output, TextWriter error)
    {
        var section = new Argument<string>("REPORT") { Description = "funnel, retention or leavers." };
        section.AcceptOnlyFromAmong([.. TableOf.Keys]);
        var file = new Option<FileInfo>("--output") { Description = "The CSV file to write.", Required = true };
        var filters = new FunnelFilterOptions();
        var command = new Command("export", "Write a dashboard table as CSV, for the candidates the filters pick out.") { section, file };
        filters.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (filter, options, problem) = filters.Read(parsed);
            if (problem is not null)
            {
                await error.WriteLineAsync(problem);
                return 2;
            }
            await using var services = database.Services(parsed, s => s.AddRecruitmentFunnel(new ConfigurationBuilder().AddEnvironmentVariables().Build()));
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MigrateAsync(database.Read(parsed), cancellationToken);
            var dashboard = await scope.ServiceProvider.GetRequiredService<FunnelReports>().BuildAsync(filter!, options!, cancellationToken);
            var table = DashboardTables.Find(dashboard, TableOf[parsed.GetValue(section)!])!;
            var target = parsed.GetValue(file)!;
            await using (var writer = new StreamWriter(target.FullName))
                await table.WriteCsvAsync(writer, cancellationToken);
            await output.WriteLineAsync($"Wrote {table.Rows.Count} rows of \"{table.Title}\" to {target.FullName}.");
            return 0;
        });
        return command;
    }
}
