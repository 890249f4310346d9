using System.Diagnostics;
using System.Globalization;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// The retention purge benchmark (docs/performance.md): a new database of generated candidates over
// the past two years (the funnel benchmark's data), then the purge as an administrator previews it
// (a dry run, rolled back), as the daily job runs it, and the next day's run with nothing left to
// do. The funnel's tallies are compared before and after: the purge anonymises, it must not change
// a statistic. The purge changes the database, so each run starts from an empty one.
//
//   dotnet run -c Release --project bench/IucRecruit.Privacy.Bench -- --candidates 100000
//   dotnet run -c Release --project bench/IucRecruit.Privacy.Bench -- --provider PostgreSql --connection-string "Host=…;Database=empty"
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var candidates = Value("--candidates") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
var options = new DatabaseOptions
{
    Provider = Value("--provider") is { } p ? Enum.Parse<DatabaseProvider>(p) : DatabaseProvider.Sqlite,
    ConnectionString = Value("--connection-string"),
    DataFolder = Path.Combine(Path.GetTempPath(), $"iucrecruit-purge-bench-{Guid.NewGuid():N}"),
};
var now = DateTime.UtcNow;

var services = new ServiceCollection();
services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
services.AddSingleton(TimeProvider.System);
services.AddSingleton(Options.Create(options));
services.AddRecruitmentDatabase();
var configuration = new ConfigurationBuilder().Build(); // the default retention periods
services.AddRecruitmentFunnel(configuration).AddCandidatePrivacy(configuration);
await using var provider = services.BuildServiceProvider();

Console.WriteLine($"IucRecruit retention purge benchmark, {DateTime.Now:yyyy-MM-dd HH:mm}, {options.Provider}, " +
                  $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
await using (var scope = provider.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
    await db.MigrateAsync(options);
    if (await db.Candidates.AnyAsync()) throw new InvalidOperationException("The purge benchmark needs an empty database: it anonymises candidates.");
    var seeding = Stopwatch.StartNew();
    var written = await BenchmarkData.WriteAsync(db, candidates, seed: 2026, months: 24, now);
    Console.WriteLine($"Seeded {written.Candidates:N0} candidates ({written.Events:N0} stage events) in {seeding.Elapsed.TotalSeconds:0} s.");
}

var tallies = await TalliesAsync();
foreach (var (run, dryRun) in new[] { ("dry run (the administrators' preview)", true), ("purge (the daily job)", false), ("next day's purge", false) })
{
    await using var scope = provider.CreateAsyncScope();
    var watch = Stopwatch.StartNew();
    var result = await scope.ServiceProvider.GetRequiredService<DataRetentionPurge>().RunAsync(dryRun, Actor.CommandLine);
    Console.WriteLine($"  {run,-40} {watch.Elapsed.TotalSeconds,6:0.0} s: assessment of {result.AssessmentErased.Count:N0} and " +
                      $"identity of {result.IdentityErased.Count:N0} candidates");
}
Console.WriteLine($"Funnel tallies unchanged by the purge: {(tallies == await TalliesAsync() ? "yes" : "NO")}.");
if (options.Provider == DatabaseProvider.Sqlite) Directory.Delete(options.DataFolder, recursive: true);
return;

async Task<string> TalliesAsync()
{
    await using var scope = provider.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
    return string.Join(",", await db.FunnelPositionTallies.AsNoTracking().SumAsync(t => t.Count),
        await db.StageDurationTallies.AsNoTracking().SumAsync(t => t.Count), await db.EqualityPositionTallies.AsNoTracking().SumAsync(t => t.Count));
}
