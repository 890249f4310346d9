using System.Diagnostics;
using System.Globalization;
using System.Text;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Import;
using IucRecruit.Data.Practice;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;

// The funnel benchmark (docs/performance.md). For each size asked for, fills the database with
// generated candidates up to that size, then times the dashboard for typical filters: its first
// view (the filter choices and the summary) beside the whole report (every query alone, and all
// the statistics), and the practice call section (a third of the invited candidates given a finished
// practice call); then a 100,000-row applicant import and its re-import. Several sizes in one run
// compare how the first view grows with the data on the same machine at the same time.
//
//   dotnet run -c Release --project bench/IucRecruit.Funnel.Bench -- --candidates 100000,1000000 --data-folder /tmp/bench
//   dotnet run -c Release --project bench/IucRecruit.Funnel.Bench -- --provider PostgreSql --connection-string "Host=…"
var settings = Arguments.Read(args);
var options = new DatabaseOptions { Provider = settings.Provider, ConnectionString = settings.ConnectionString, DataFolder = settings.DataFolder };
RecruitmentDbContext NewContext()
{
    var builder = new DbContextOptionsBuilder<RecruitmentDbContext>();
    builder.UseConfiguredProvider(options);
    return new RecruitmentDbContext(builder.Options);
}
var now = DateTime.UtcNow;
var clock = TimeProvider.System;

Console.WriteLine($"IucRecruit funnel benchmark, {DateTime.Now:yyyy-MM-dd HH:mm}, {settings.Provider}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
await using (var db = NewContext()) await db.MigrateAsync(options);
foreach (var size in settings.Candidates)
{
    await SeedAsync(size);
    await SeedPracticeAsync();
    await MeasureAsync();
}
async Task SeedAsync(int size)
{
    await using var db = NewContext();
    var existing = await db.CandidateProgress.CountAsync();
    if (existing < size)
    {
        Console.WriteLine();
        Console.WriteLine($"Seeding {size - existing:N0} candidates…");
        var seeding = Stopwatch.StartNew();
        var written = await BenchmarkData.WriteAsync(db, size - existing, settings.Seed + existing, 24, now,
            p => Console.WriteLine($"  {p.Candidates:N0} candidates, {p.Events:N0} events, {seeding.Elapsed.TotalSeconds:0} s"));
        Console.WriteLine($"Seeded {written.Candidates:N0} candidates ({written.Events:N0} stage events) in {seeding.Elapsed.TotalSeconds:0} s.");
    }
}

// Every third invited candidate without one gets a finished practice call, so the practice section
// compares groups of a realistic size at every size measured.
async Task SeedPracticeAsync()
{
    await using var db = NewContext();
    var invited = StageSet.Of(FunnelStage.InvitedToAssessment).Bits;
    var ids = await db.CandidateProgress.Where(p => (p.ReachedStages & invited) != 0 && !db.PracticeAttempts.Any(a => a.CandidateId == p.CandidateId))
        .OrderBy(p => p.CandidateId).Select(p => new { p.CandidateId, p.CampaignId }).ToListAsync();
    var attempts = ids.Where((_, i) => i % 3 == 0).Select(c => new PracticeAttempt
    {
        Id = Guid.CreateVersion7(), CampaignId = c.CampaignId, CandidateId = c.CandidateId, PracticeCallId = "practice-sore-throat",
        PracticeCallVersion = "bench", StartedUtc = now, CompletedUtc = now, FieldsMatched = 4, FieldCount = 6,
    }).ToList();
    await using var transaction = await db.Database.BeginTransactionAsync();
    await new TableWriter<PracticeAttempt>(db).InsertAsync(attempts, default);
    await transaction.CommitAsync();
    Console.WriteLine($"Practice calls: {attempts.Count:N0} more finished by invited candidates, {await db.PracticeAttempts.CountAsync():N0} in all.");
}

async Task MeasureAsync()
{
    await using (var db = NewContext())
    {
        Console.WriteLine($"Database: {await db.CandidateProgress.CountAsync():N0} candidates, {await db.StageEvents.LongCountAsync():N0} stage events, " +
                          $"{await db.Campaigns.CountAsync():N0} campaigns; tallies: {await db.FunnelPositionTallies.CountAsync():N0} positions, " +
                          $"{await db.StageDurationTallies.CountAsync():N0} durations, {await db.EqualityPositionTallies.CountAsync():N0} equality, {await db.RetentionTallies.CountAsync():N0} retention.");
    }

    // Typical views: everyone; one campaign; one site; one role; a channel over six months; one assessment day.
    FunnelFilter[] scenarios;
    await using (var db = NewContext())
    {
        // The generated campaign with the most candidates who had an assessment day (not an import's).
        var campaign = await db.Campaigns.OrderByDescending(c => db.CandidateProgress.Count(p => p.CampaignId == c.Id && p.AssessmentDay != null)).FirstAsync();
        var day = await db.CandidateProgress.Where(p => p.CampaignId == campaign.Id && p.AssessmentDay != null).Select(p => p.AssessmentDay).FirstAsync();
        var latest = await db.CandidateProgress.MaxAsync(p => p.AppliedUtc);
        scenarios =
        [
            FunnelFilter.Everyone,
            new(CampaignId: campaign.Id),
            new(Site: campaign.Site),
            new(Role: AdvisorRole.HealthAdvisor),
            new(Channel: RecruitmentChannel.NhsJobs, FromMonth: DateOnly.FromDateTime(latest.AddMonths(-12)), ToMonth: DateOnly.FromDateTime(latest.AddMonths(-7))),
            new(AssessmentDay: day),
        ];
        // A day's summary reads its own candidates' rows, so its cost follows the day's size.
        Console.WriteLine($"The assessment day {day:yyyy-MM-dd} has {await db.CandidateProgress.CountAsync(p => p.AssessmentDay == day):N0} candidates, " +
                          $"the campaign {await db.CandidateProgress.CountAsync(p => p.CampaignId == campaign.Id):N0}.");
    }

    Console.WriteLine();
    Console.WriteLine($"Dashboard: median and slowest of {settings.Repeat} runs after one warm-up, in milliseconds. Each run times every");
    Console.WriteLine("query alone (the breakdown), then the whole report as one: the filter choices and every section, statistics included (the total),");
    Console.WriteLine("then the page's first view: the filter choices and the summary (what the page works out before a section is opened),");
    Console.WriteLine("then the practice call section alone (opened on its own, as the page's script does).");
    Console.WriteLine("filter                              choices  scope positions durations equality starters leavers scores by band | total  (slowest) | first view (slowest) | practice (slowest)");
    foreach (var filter in scenarios)
    {
        var runs = new List<Timings>();
        for (var run = 0; run <= settings.Repeat; run++)
        {
            await using var db = NewContext();
            var timings = await Timings.MeasureAsync(db, clock, filter);
            if (run > 0) runs.Add(timings);
        }
        Console.WriteLine(Timings.Describe(Name(filter), runs));
    }
}

Console.WriteLine();
Console.WriteLine($"Import of {settings.ImportRows:N0} applicants (one file, one transaction)");
Guid importCampaign;
await using (var db = NewContext())
{
    var organisation = await db.Organisations.OrderBy(o => o.CreatedUtc).FirstAsync();
    var campaign = new SyntheticFunnel(1, now).Campaign(organisation.Id, $"Import benchmark {now:yyyy-MM-dd HH:mm:ss}", AdvisorRole.HealthAdvisor, "Leeds", now.AddDays(-40));
    db.Campaigns.Add(campaign);
    db.WorkingConditionsVersions.Add(SyntheticFunnel.FirstVersion(campaign));
    await db.SaveChangesAsync();
    importCampaign = campaign.Id;
}
var file = ApplicantsFile(settings.ImportRows, now);
foreach (var attempt in new[] { "first import", "same file again (changes nothing)" })
{
    await using var db = NewContext();
    var watch = Stopwatch.StartNew();
    var result = await new ApplicantImport(db, clock).RunAsync(new ImportFile(new MemoryStream(file), "bench.csv"), importCampaign, null);
    Console.WriteLine($"  {attempt}: {watch.ElapsedMilliseconds:N0} ms, {result.Added:N0} added, {result.Unchanged:N0} unchanged, {result.Errors.Count} errors");
}
return;

static string Name(FunnelFilter f) =>
    f == FunnelFilter.Everyone ? "everyone"
    : f.CampaignId is not null ? "one campaign"
    : f.Site is not null ? $"site {f.Site}"
    : f.Role is not null ? $"role {f.Role}"
    : f.AssessmentDay is not null ? $"assessment day {f.AssessmentDay:yyyy-MM-dd}"
    : $"{f.Channel}, {FunnelFilter.FormatMonth(f.FromMonth)} to {FunnelFilter.FormatMonth(f.ToMonth)}";

static byte[] ApplicantsFile(int rows, DateTime now)
{
    var text = new StringBuilder("email,given_name,family_name,channel,applied_on,sex,age_band,ethnicity,disability\n");
    var random = new Random(5);
    string[] channels = ["NHS Jobs", "Ambulance jobs site", "Agency", "Internal"];
    for (var i = 0; i < rows; i++)
    {
        text.Append(CultureInfo.InvariantCulture,
            $"applicant{i}@bench.example,Given{i},Family{i},{channels[i % 4]},{now.AddDays(-random.Next(1, 30)):yyyy-MM-dd},");
        text.Append(i % 3 == 0 ? "Female" : "Male").Append(",25 to 34,").Append(i % 7 == 0 ? "Asian" : "White").Append(",No\n");
    }
    return Encoding.UTF8.GetBytes(text.ToString());
}

/// <summary>One dashboard build: each query timed alone, then the page's whole work timed as one.</summary>
internal sealed record Timings(double Choices, double Scope, double Positions, double Durations, double Equality, double Starters,
    double Leavers, double Scores, double ByBand, double Total, double FirstView, double Practice)
{
    public static async Task<Timings> MeasureAsync(RecruitmentDbContext db, TimeProvider clock, FunnelFilter filter)
    {
        var queries = new FunnelQueries(db);
        var options = new DashboardOptions();
        var watch = Stopwatch.StartNew();
        double Lap()
        {
            var ms = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            return ms;
        }
        await queries.FilterChoicesAsync(filter.CampaignId, null, default);
        var choices = Lap();
        await queries.ScopeAsync(filter, default);
        var scoped = Lap();
        await queries.PositionsAsync(filter, default);
        var positions = Lap();
        await queries.DurationsAsync(filter, default);
        var durations = Lap();
        await queries.EqualityAsync(filter, options.Characteristic, default);
        var equality = Lap();
        await queries.StartersAsync(filter, options.CompareBy, default);
        var starters = Lap();
        await queries.LeaversAsync(filter, default);
        var leavers = Lap();
        await queries.ScoresAsync(filter, DateTime.UtcNow, FunnelReports.SixMonthsInDays, default);
        var scores = Lap();
        await queries.StartersByBandAsync(filter, default);
        var byBand = Lap();
        // What the page does, as one: the filters' choices and the whole report with its statistics.
        var page = Stopwatch.StartNew();
        await queries.FilterChoicesAsync(filter.CampaignId, null, default);
        await new FunnelReports(queries, clock).BuildAsync(filter, options);
        var total = page.Elapsed.TotalMilliseconds;
        // The page's first view: the filters' choices and the summary; sections are built when opened.
        var firstView = Stopwatch.StartNew();
        await queries.FilterChoicesAsync(filter.CampaignId, null, default);
        await new FunnelReports(queries, clock).SummaryAsync(filter, options);
        var first = firstView.Elapsed.TotalMilliseconds;
        var practice = Stopwatch.StartNew();
        await new PracticeReports(db, queries, clock).BuildAsync(filter, default);
        return new Timings(choices, scoped, positions, durations, equality, starters, leavers, scores, byBand, total, first, practice.Elapsed.TotalMilliseconds);
    }

    public static string Describe(string name, List<Timings> runs)
    {
        double Median(Func<Timings, double> part) => runs.Select(part).Order().ElementAt(runs.Count / 2);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-35} {Median(t => t.Choices),7:0} {Median(t => t.Scope),6:0} {Median(t => t.Positions),9:0} {Median(t => t.Durations),9:0} " +
            $"{Median(t => t.Equality),8:0} {Median(t => t.Starters),8:0} {Median(t => t.Leavers),7:0} {Median(t => t.Scores),6:0} {Median(t => t.ByBand),7:0} | " +
            $"{Median(t => t.Total),6:0} ({runs.Max(t => t.Total):0}) | {Median(t => t.FirstView),6:0.0} ({runs.Max(t => t.FirstView):0.0}) | " +
            $"{Median(t => t.Practice),6:0} ({runs.Max(t => t.Practice):0})");
    }
}

/// <param name="Candidates">The sizes to measure at, smallest first (--candidates 100000,1000000).</param>
internal sealed record Arguments(DatabaseProvider Provider, string? ConnectionString, string DataFolder, IReadOnlyList<int> Candidates, int Seed, int Repeat,
    int ImportRows)
{
    public static Arguments Read(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int otherwise) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : otherwise;
        return new Arguments(
            Value("--provider") is { } p ? Enum.Parse<DatabaseProvider>(p) : DatabaseProvider.Sqlite,
            Value("--connection-string"),
            Value("--data-folder") ?? Path.Combine(Path.GetTempPath(), "iucrecruit-bench"),
            (Value("--candidates") ?? "1000000").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).Order().ToList(),
            Number("--seed", 2026), Number("--repeat", 5), Number("--import-rows", 100_000));
    }
}
