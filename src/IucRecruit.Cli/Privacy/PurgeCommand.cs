using System.CommandLine;
using System.Globalization;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Privacy;

/// <summary><c>iucrecruit purge [--dry-run]</c>: the retention purge on demand (the web app runs it
/// daily): removes candidates' data past its retention period and records what went. With
/// <c>--dry-run</c>, says what would go and changes nothing.</summary>
internal static class PurgeCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output, TextWriter error)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what the purge would remove; change nothing." };
        var command = new Command("purge", "Remove candidates' personal data past its retention period (the Retention settings).") { dryRun };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = await PrivacyServices.CreateAsync(database, parsed, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            DataRetentionPurge.Result result;
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<DataRetentionPurge>().RunAsync(parsed.GetValue(dryRun), Actor.CommandLine, cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                await error.WriteLineAsync(e.Message);
                return 2;
            }
            await WriteAsync(output, result);
            return 0;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, DataRetentionPurge.Result result)
    {
        var verb = result.DryRun ? "would remove" : "removed";
        await output.WriteLineAsync(result.DryRun ? "Dry run: nothing was changed." : "Purge done.");
        if (result.AssessmentErased.Count == 0 && result.IdentityErased.Count == 0)
        {
            await output.WriteLineAsync("Nothing is past its retention period.");
            return;
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"The purge {verb} the assessment of {result.AssessmentErased.Count} candidates and the identity of {result.IdentityErased.Count}, " +
            $"with {result.Files} recording files ({result.FileBytes / 1024.0 / 1024.0:0.0} MB):"));
        foreach (var item in result.Items) await output.WriteLineAsync($"  {item.What}: {item.Count}");
        await output.WriteLineAsync("Candidates:");
        foreach (var id in result.AssessmentErased.Union(result.IdentityErased).Order())
        {
            var what = result.IdentityErased.Contains(id) ? (result.AssessmentErased.Contains(id) ? "assessment and identity" : "identity") : "assessment";
            await output.WriteLineAsync($"  {id}: {what}");
        }
        if (result.Record is { } record) await output.WriteLineAsync($"Recorded as deletion record {record.Id}.");
    }
}
