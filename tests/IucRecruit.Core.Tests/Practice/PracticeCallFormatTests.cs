using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Practice;
using IucRecruit.Core.Scenarios.Loading;
using IucRecruit.Core.Tests.Scenarios.Loading;

namespace IucRecruit.Core.Tests.Practice;

/// <summary>The practice call's file format as loaded (its broken cases are in the corpus,
/// Scenarios/Broken/practice-rules), and its call record checked by the mock call's rules.</summary>
public sealed class PracticeCallFormatTests
{
    private static readonly string Control = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken", "valid-library");

    [Fact]
    public void The_control_practice_call_loads_with_its_pace_turns_and_answers()
    {
        var library = ScenarioLibraryLoader.Load(Control, ScenarioLibraryCorpusTests.Limits);

        var practice = Assert.Single(library.PracticeCalls);
        Assert.Equal(("minimal-practice", PracticePace.Brisk, "Ann Lee, about her father"), (practice.Id, practice.Pace, practice.CallerName));
        Assert.Equal(["hello", "address"], practice.Turns.Select(t => t.Id));
        Assert.Equal("We're at LS1 4AP.", practice.Turns[1].Transcript);
        Assert.Equal(TimeSpan.FromSeconds(0.25), practice.Turns[0].Duration);
        Assert.Equal("hello", Assert.Single(practice.RedFlags).Stage);
        // Practice calls are not mock-call scenarios: rotation and the library page never see them.
        Assert.DoesNotContain(library.Items, i => i.Id == "minimal-practice");
        Assert.Equal(64, practice.Version.Length);
    }

    [Fact]
    public void Its_call_record_is_checked_by_the_mock_calls_accuracy_rules()
    {
        var practice = ScenarioLibraryLoader.Load(Control, ScenarioLibraryCorpusTests.Limits).PracticeCalls.Single();

        var report = AccuracyEvidence.Check(practice, new Dictionary<string, string> { ["postcode"] = "ls14ap", ["disposition"] = "Ambulance" });

        Assert.Equal((2, 2), (report.FieldsMatched, report.FieldCount));
        var flag = Assert.Single(report.Checks, c => c.Kind == AccuracyCheckKind.RedFlag);
        Assert.Equal(("chest-pain", true), (flag.Id, flag.Matched));

        var wrong = AccuracyEvidence.Check(practice, new Dictionary<string, string> { ["postcode"] = "LS1 4AQ" });
        Assert.Equal(0, wrong.FieldsMatched);
        Assert.Equal(false, wrong.Checks.Single(c => c.Id == "postcode").Matched);
    }

    [Theory]
    [InlineData(PracticePace.Brisk, 700)]
    [InlineData(PracticePace.Steady, 1200)]
    [InlineData(PracticePace.Unhurried, 2000)]
    public void A_slower_pace_waits_longer_after_the_candidate_stops(PracticePace pace, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), pace.EndOfTurnSilence());
}
