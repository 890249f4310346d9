using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Scenarios;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static IucRecruit.Data.Listening.ListeningAttemptService;

namespace IucRecruit.Data.Tests.Listening;

public sealed class ListeningAttemptServiceTests
{
    private readonly TestClock clock = new();
    private ScenarioLibrary library = TestExercises.Library(TestExercises.Make("inhaler"));

    [Fact]
    public async Task Starting_picks_an_exercise_records_the_exposure_and_gives_the_candidates_extra_time()
    {
        await using var database = TestDatabase.Sqlite();
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime, extraTimePercent: 25);

        var attempt = await Service(database).StartAsync(candidate.Id);

        Assert.NotNull(attempt);
        Assert.Equal(("inhaler", "v1", 2, 0), (attempt.ExerciseId, attempt.ExerciseVersion, attempt.PlaysAllowed, attempt.PlaysUsed));
        Assert.Equal((750, 25), (attempt.TimeLimitSeconds, attempt.ExtraTimePercent));
        Assert.Equal(attempt.StartedUtc.AddMinutes(12.5), attempt.DeadlineUtc);
        await using var db = database.CreateContext();
        var exposure = await db.ScenarioExposures.SingleAsync();
        Assert.Equal((candidate.Id, "inhaler", ExposurePurpose.ListeningExercise), (exposure.CandidateId, exposure.ScenarioId, exposure.Purpose));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Starting_twice_at_once_gives_one_attempt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Service(database).StartAsync(candidate.Id))));

        Assert.Single(attempts.Select(a => a!.Id).Distinct());
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.ListeningAttempts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_recording_plays_no_more_than_allowed_even_when_asked_for_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await Service(database).StartAsync(candidate.Id);

        var plays = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Service(database).PlayAsync(candidate.Id))));

        Assert.Equal(2, plays.Count(p => p.Result == PlayResult.Allowed));
        Assert.Equal(4, plays.Count(p => p.Result == PlayResult.NoPlaysLeft));
        Assert.Equal((PlayResult.NoPlaysLeft, 0), await Service(database).PlayAsync(candidate.Id));
    }

    [Fact]
    public async Task No_play_before_starting_after_handing_in_or_once_the_time_has_run_out()
    {
        await using var database = TestDatabase.Sqlite();
        var early = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        var done = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        var slow = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await Service(database).StartAsync(done.Id);
        await Service(database).StartAsync(slow.Id);
        await Service(database).HandInAsync(done.Id, new Dictionary<string, string?>());
        clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(31));

        Assert.Equal(PlayResult.Closed, (await Service(database).PlayAsync(early.Id)).Result);
        Assert.Equal(PlayResult.Closed, (await Service(database).PlayAsync(done.Id)).Result);
        Assert.Equal(PlayResult.Closed, (await Service(database).PlayAsync(slow.Id)).Result);
    }

    [Fact]
    public async Task Handing_in_marks_and_stores_every_answer_once()
    {
        await using var database = TestDatabase.Sqlite();
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await Service(database).StartAsync(candidate.Id);
        clock.Advance(TimeSpan.FromMinutes(7));

        var result = await Service(database).HandInAsync(candidate.Id, new Dictionary<string, string?> { ["name"] = "Margret Fenwick", ["advice"] = "a" });
        var again = await Service(database).HandInAsync(candidate.Id, new Dictionary<string, string?> { ["name"] = "x", ["advice"] = "b" });

        Assert.Equal((HandInResult.Marked, HandInResult.AlreadyHandedIn), (result, again));
        var attempt = (await Service(database).FindAsync(candidate.Id))!;
        Assert.Equal((2, 3, false), (attempt.Marks, attempt.MaxMarks, attempt.Late));
        Assert.Equal(attempt.StartedUtc.AddMinutes(7), attempt.HandedInUtc);
        Assert.Equal([("name", "Margret Fenwick", 2), ("advice", "Call 111", 0)], attempt.Answers.Select(a => (a.QuestionId, a.Answer, a.Marks)));
        Assert.Equal(ListeningStatus.HandedIn, attempt.StatusAt(clock.GetUtcNow().UtcDateTime));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_two_hand_ins_at_once_only_one_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await Service(database).StartAsync(candidate.Id);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Task.Run(() =>
            Service(database).HandInAsync(candidate.Id, new Dictionary<string, string?> { ["name"] = $"Answer {i}" }))));

        Assert.Equal(1, results.Count(r => r == HandInResult.Marked));
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.ListeningAnswers.CountAsync());
    }

    [Fact]
    public async Task Answers_after_the_time_and_its_grace_are_marked_but_flagged_late()
    {
        await using var database = TestDatabase.Sqlite();
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await Service(database).StartAsync(candidate.Id);
        clock.Advance(TimeSpan.FromMinutes(12));

        Assert.Equal(HandInResult.Marked, await Service(database).HandInAsync(candidate.Id, new Dictionary<string, string?> { ["advice"] = "b" }));

        var attempt = (await Service(database).FindAsync(candidate.Id))!;
        Assert.Equal((true, 1), (attempt.Late, attempt.Marks));
        Assert.Equal(ListeningStatus.HandedInLate, attempt.StatusAt(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task An_edit_of_the_exercise_during_an_attempt_is_marked_with_and_recorded_as_the_new_version()
    {
        await using var database = TestDatabase.Sqlite();
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await Service(database).StartAsync(candidate.Id);
        library = TestExercises.Library(TestExercises.Make("inhaler", version: "v2"));

        await Service(database).HandInAsync(candidate.Id, new Dictionary<string, string?>());

        Assert.Equal("v2", (await Service(database).FindAsync(candidate.Id))!.ExerciseVersion);
    }

    [Fact]
    public async Task Nothing_starts_when_every_exercise_is_retired()
    {
        await using var database = TestDatabase.Sqlite();
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await new ScenarioLibraryUsage(database.CreateContext(), clock).SetRetiredAsync("inhaler", retired: true, byUserId: null);

        Assert.Null(await Service(database).StartAsync(candidate.Id));
        Assert.Equal(HandInResult.NotStarted, await Service(database).HandInAsync(candidate.Id, new Dictionary<string, string?>()));
    }

    private ListeningAttemptService Service(TestDatabase database)
    {
        var db = database.CreateContext();
        return new ListeningAttemptService(db, library, new ScenarioRotationService(db, library, clock),
            new Data.Funnel.ObservedProgress(db, new Data.Funnel.StageLog(db, new Data.Funnel.FunnelWriter(db), clock), NullLogger<Data.Funnel.ObservedProgress>.Instance),
            clock, NullLogger<ListeningAttemptService>.Instance);
    }
}
