using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Loading;
using IucRecruit.Data.Scenarios;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Listening;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Scenarios;

public sealed class ScenarioRotationServiceTests
{
    private readonly TestClock clock = new();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exposures_steer_the_next_pick_away_from_what_is_used_and_what_the_candidate_had(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var library = TestExercises.Library(TestExercises.Make("alpha"), TestExercises.Make("bravo"));
        var first = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        var second = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);

        var pick = await Service(database, library).PickListeningExerciseAsync(first.Id);
        Assert.Equal("alpha", pick!.Id);
        await Service(database, library).RecordExposureAsync(first.Id, pick, ExposurePurpose.ListeningExercise);

        // Another candidate gets the less exposed one; the first candidate never gets alpha again.
        Assert.Equal("bravo", (await Service(database, library).PickListeningExerciseAsync(second.Id))!.Id);
        Assert.Equal("bravo", (await Service(database, library).PickListeningExerciseAsync(first.Id))!.Id);
        await Service(database, library).RecordExposureAsync(first.Id, TestExercises.Make("bravo"), ExposurePurpose.ListeningExercise);
        Assert.Null(await Service(database, library).PickListeningExerciseAsync(first.Id));

        await using var db = database.CreateContext();
        var stored = await db.ScenarioExposures.Where(e => e.CandidateId == first.Id).OrderBy(e => e.ScenarioId).ToListAsync();
        Assert.Equal(["alpha", "bravo"], stored.Select(e => e.ScenarioId));
        Assert.All(stored, e => Assert.Equal(("v1", ExposurePurpose.ListeningExercise), (e.ScenarioVersion, e.Purpose)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_retired_item_is_not_picked_until_it_is_reactivated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var library = TestExercises.Library(TestExercises.Make("alpha"), TestExercises.Make("bravo"));
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);

        await Usage(database).SetRetiredAsync("alpha", retired: true, byUserId: null);
        Assert.Equal("bravo", (await Service(database, library).PickListeningExerciseAsync(candidate.Id))!.Id);

        await Usage(database).SetRetiredAsync("alpha", retired: false, byUserId: null);
        Assert.Equal("alpha", (await Service(database, library).PickListeningExerciseAsync(candidate.Id))!.Id);
        var usage = await Usage(database).OfAsync("alpha");
        Assert.False(usage.Retired);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, usage.ChangedUtc!.Value, TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
    }

    [Fact]
    public async Task A_mock_call_scenario_is_picked_from_the_shipped_library_by_difficulty()
    {
        await using var database = TestDatabase.Sqlite();
        var library = ScenarioLibraryLoader.Load(RepositoryRoot.Combine("scenarios"), ScenarioLibraryLimits.Default);
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);

        var picked = new List<string>();
        while (await Service(database, library).PickScenarioAsync(candidate.Id, Difficulty.Advanced) is { } scenario)
        {
            Assert.Equal(Difficulty.Advanced, scenario.Difficulty);
            picked.Add(scenario.Id);
            await Service(database, library).RecordExposureAsync(candidate.Id, scenario, ExposurePurpose.MockCall);
        }

        // Each advanced scenario once, in id order (all start unexposed), then none is left.
        var advanced = library.Scenarios.Where(s => s.Difficulty == Difficulty.Advanced).Select(s => s.Id).Order(StringComparer.Ordinal);
        Assert.Equal(advanced, picked);
    }

    [Fact]
    public async Task Usage_counts_exposures_by_item_and_by_version()
    {
        await using var database = TestDatabase.Sqlite();
        var library = TestExercises.Library(TestExercises.Make("alpha"));
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        var other = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);

        await Service(database, library).RecordExposureAsync(candidate.Id, TestExercises.Make("alpha", "v1"), ExposurePurpose.ListeningExercise);
        clock.Advance(TimeSpan.FromDays(1));
        await Service(database, library).RecordExposureAsync(other.Id, TestExercises.Make("alpha", "v2"), ExposurePurpose.ListeningExercise);

        Assert.Equal(2, (await Usage(database).AllAsync())["alpha"].Exposures);
        var versions = await Usage(database).VersionsAsync("alpha");
        Assert.Equal([("v2", 1), ("v1", 1)], versions.Select(v => (v.Version, v.Exposures)));
    }

    /// <summary>Uses are counted from what happened: an attempt made without an exposure record (as
    /// the demo's seeded data, or data from before exposures were kept) counts, and steers rotation;
    /// an exposure and the attempt it was written for are one use.</summary>
    [Fact]
    public async Task Usage_and_rotation_count_the_attempts_themselves_once_each()
    {
        await using var database = TestDatabase.Sqlite();
        var alpha = TestExercises.Make("alpha");
        var library = TestExercises.Library(alpha, TestExercises.Make("bravo"));
        var seeded = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        var booked = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        var next = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await using (var db = database.CreateContext())
        {
            db.ListeningAttempts.Add(Data.Listening.ListeningAttempt.Begin(seeded, alpha, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, (await Usage(database).AllAsync())["alpha"].Exposures);
        Assert.Equal("bravo", (await Service(database, library).PickListeningExerciseAsync(seeded.Id))!.Id); // he had alpha
        Assert.Equal("bravo", (await Service(database, library).PickListeningExerciseAsync(next.Id))!.Id); // alpha is the more used

        await Service(database, library).RecordExposureAsync(booked.Id, alpha, ExposurePurpose.ListeningExercise);
        await using (var db = database.CreateContext())
        {
            db.ListeningAttempts.Add(Data.Listening.ListeningAttempt.Begin(booked, alpha, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }
        Assert.Equal(2, (await Usage(database).AllAsync())["alpha"].Exposures);
        Assert.Equal([("v1", 2)], (await Usage(database).VersionsAsync("alpha")).Select(v => (v.Version, v.Exposures)));
    }

    private ScenarioRotationService Service(TestDatabase database, ScenarioLibrary library) => new(database.CreateContext(), library, clock);

    private ScenarioLibraryUsage Usage(TestDatabase database) => new(database.CreateContext(), clock);
}
