using System.CommandLine;
using System.Diagnostics;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Funnel;

/// <summary><c>iucrecruit seed-bench --candidates N</c>: generated, realistic candidates for the
/// benchmark (docs/performance.md). Refuses PostgreSQL unless told it is not production.</summary>
internal static class SeedBenchCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output, TextWriter error)
    {
        var candidates = new Option<int>("--candidates") { Description = "How many candidates to add.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (the same seed gives the same data).", DefaultValueFactory = _ => 2026 };
        var months = new Option<int>("--months") { Description = "Months of history to spread them over.", DefaultValueFactory = _ => 24 };
        var notProduction = new Option<bool>("--not-production") { Description = "Confirm that this PostgreSQL database is not a production database." };
        var command = new Command("seed-bench", "Add generated candidates with realistic stage drop-offs and leaving times, for benchmarks.")
        {
            candidates, seed, months, notProduction,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = database.Read(parsed);
            if (options.Provider == DatabaseProvider.PostgreSql && !parsed.GetValue(notProduction))
            {
                await error.WriteLineAsync("Refused: this adds made-up people. Add --not-production if this PostgreSQL database is not production.");
                return 2;
            }
            if (parsed.GetValue(candidates) < 1 || parsed.GetValue(months) < 2)
            {
                await error.WriteLineAsync("--candidates must be at least 1 and --months at least 2.");
                return 2;
            }
            await using var services = database.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            await db.MigrateAsync(options, cancellationToken);
            var clock = Stopwatch.StartNew();
            var written = await BenchmarkData.WriteAsync(db, parsed.GetValue(candidates), parsed.GetValue(seed), parsed.GetValue(months), DateTime.UtcNow,
                progress => output.WriteLine($"  {progress.Candidates:N0} candidates, {progress.Events:N0} stage events ({clock.Elapsed.TotalSeconds:0} s)"),
                cancellationToken);
            await output.WriteLineAsync(
                $"Added {written.Candidates:N0} candidates in {written.Campaigns:N0} campaigns, with {written.Events:N0} stage events, in {clock.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return command;
    }
}
