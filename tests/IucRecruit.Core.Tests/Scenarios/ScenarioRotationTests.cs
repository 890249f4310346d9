using IucRecruit.Core.Scenarios;

namespace IucRecruit.Core.Tests.Scenarios;

public sealed class ScenarioRotationTests
{
    private static readonly ListeningExercise[] Items =
    [
        Item("alpha", Difficulty.Foundation),
        Item("bravo", Difficulty.Foundation),
        Item("charlie", Difficulty.Foundation),
        Item("delta", Difficulty.Advanced),
    ];

    private static readonly HashSet<string> None = [];

    private static string? Pick(Difficulty? difficulty, IReadOnlyDictionary<string, int>? exposures = null,
        IReadOnlySet<string>? retired = null, IReadOnlySet<string>? had = null) =>
        ScenarioRotation.Pick(Items, difficulty, retired ?? None, exposures ?? new Dictionary<string, int>(), had ?? None)?.Id;

    [Fact]
    public void The_least_exposed_item_of_the_wanted_difficulty_is_picked() =>
        Assert.Equal("charlie", Pick(Difficulty.Foundation, new Dictionary<string, int> { ["alpha"] = 3, ["bravo"] = 1 }));

    [Fact]
    public void Equal_exposure_goes_to_the_id_that_sorts_first() =>
        Assert.Equal("alpha", Pick(Difficulty.Foundation));

    [Fact]
    public void Never_an_item_the_candidate_has_already_had_even_if_it_is_least_exposed() =>
        Assert.Equal("bravo", Pick(Difficulty.Foundation, new Dictionary<string, int> { ["bravo"] = 2, ["charlie"] = 5 }, had: new HashSet<string> { "alpha" }));

    [Fact]
    public void Retired_items_are_never_picked() =>
        Assert.Equal("charlie", Pick(Difficulty.Foundation, retired: new HashSet<string> { "alpha", "bravo" }));

    [Fact]
    public void Only_the_wanted_difficulty_is_considered_and_null_means_any()
    {
        Assert.Equal("delta", Pick(Difficulty.Advanced, new Dictionary<string, int> { ["delta"] = 9 }));
        Assert.Null(Pick(Difficulty.Intermediate));
        Assert.Equal("delta", Pick(null, new Dictionary<string, int> { ["alpha"] = 1, ["bravo"] = 1, ["charlie"] = 1 }));
    }

    [Fact]
    public void Nothing_is_picked_when_the_candidate_has_had_everything_left() =>
        Assert.Null(Pick(Difficulty.Foundation, retired: new HashSet<string> { "charlie" }, had: new HashSet<string> { "alpha", "bravo" }));

    private static ListeningExercise Item(string id, Difficulty difficulty) => new()
    {
        Id = id, Title = id, Difficulty = difficulty, Summary = "", Folder = id, Version = "0", Clips = [],
        PlaysAllowed = 1, TimeLimitMinutes = 1, Questions = [],
    };
}
