using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Funnel;

/// <summary><c>iucrecruit backfill-funnel</c>: writes to the stage log what the product had already
/// seen candidates do before it recorded that itself (docs/decisions/0060), then checks the funnel's
/// derived rows against the log. Run once after upgrading; running it again records nothing. Exit
/// code 0 when the funnel is consistent afterwards, 1 when the check finds differences.</summary>
internal static class BackfillCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output, TextWriter error)
    {
        var command = new Command("backfill-funnel",
            "Record in the stage log the bookings, acknowledgements, listening hand-ins and answered calls already on record (once, after upgrading).");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = database.Services(parsed, s => s.AddRecruitmentFunnel(new ConfigurationBuilder().AddEnvironmentVariables().Build()));
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            await db.MigrateAsync(database.Read(parsed), cancellationToken);
            var report = await scope.ServiceProvider.GetRequiredService<FunnelBackfill>().RunAsync(cancellationToken);
            await output.WriteLineAsync(
                $"{report.Seen} things seen: {report.Recorded} recorded, {report.Refused} refused by the stage rules (each logged as a warning), the rest already in the log.");
            var differences = await FunnelConsistency.DifferencesAsync(db, cancellationToken);
            foreach (var difference in differences) await error.WriteLineAsync(difference);
            await output.WriteLineAsync(differences.Count == 0 ? "The funnel is consistent with the stage log." : $"{differences.Count} difference(s) from the stage log.");
            return differences.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
