using IucRecruit.Core.Listening;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Tests.Listening;

public sealed class ListeningScoringTests
{
    private static readonly ListeningExercise Exercise = new()
    {
        Id = "test", Title = "Test", Difficulty = Difficulty.Foundation, Summary = "", Folder = "test", Version = "0",
        Clips = [new Clip("recording", "clips/call.wav", "The call", "", TimeSpan.FromSeconds(10))],
        PlaysAllowed = 2,
        TimeLimitMinutes = 10,
        Questions =
        [
            new ShortAnswerQuestion("name", "Caller's name?", 1, ExpectedAnswer.Of(MatchRule.Name, "Margaret Fenwick")),
            new ShortAnswerQuestion("dob", "Date of birth?", 2, ExpectedAnswer.Of(MatchRule.Date, "1951-02-11")),
            new ChoiceQuestion("advice", "What to do if worse?", 3,
                [new ChoiceOption("call-111", "Call 111"), new ChoiceOption("call-999", "Call 999")], "call-999"),
        ],
    };

    [Fact]
    public void Right_answers_earn_each_question_its_marks()
    {
        var score = ListeningScoring.Score(Exercise, new Dictionary<string, string?>
        {
            ["name"] = "margaret fenwik", ["dob"] = "11th February 1951", ["advice"] = "call-999",
        });

        Assert.Equal((6, 6), (score.Marks, score.MaxMarks));
        Assert.Equal([1, 2, 3], score.Questions.Select(q => q.Marks));
        Assert.Equal("Call 999", score.Questions[2].Answer);
    }

    [Fact]
    public void Wrong_and_missing_answers_earn_nothing_and_say_why()
    {
        var score = ListeningScoring.Score(Exercise, new Dictionary<string, string?> { ["name"] = "Mary Fenton", ["advice"] = "call-111" });

        Assert.Equal((0, 6), (score.Marks, score.MaxMarks));
        Assert.Equal(["name", "dob", "advice"], score.Questions.Select(q => q.QuestionId));
        Assert.StartsWith("\"Mary Fenton\" is", score.Questions[0].Explanation, StringComparison.Ordinal);
        Assert.Equal("No answer was given.", score.Questions[1].Explanation);
        Assert.Equal(("Call 111", "The right option is \"Call 999\"."), (score.Questions[2].Answer, score.Questions[2].Explanation));
    }

    [Fact]
    public void An_option_that_is_not_in_the_question_counts_as_no_choice()
    {
        var score = ListeningScoring.Score(Exercise, new Dictionary<string, string?> { ["advice"] = "call-112" });

        Assert.Equal(0, score.Questions[2].Marks);
        Assert.Equal("No option was chosen.", score.Questions[2].Explanation);
    }

    [Theory]
    [InlineData(10, 0, 600)]
    [InlineData(10, 25, 750)]
    [InlineData(10, 50, 900)]
    [InlineData(8, 100, 960)]
    public void Extra_time_lengthens_the_limit_by_its_percentage(int minutes, int extraPercent, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ListeningTimeLimit.For(minutes, extraPercent));

    [Fact]
    public void Answers_are_late_only_after_the_grace_period()
    {
        var deadline = new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);

        Assert.False(ListeningTimeLimit.IsLate(deadline, deadline + ListeningTimeLimit.Grace));
        Assert.True(ListeningTimeLimit.IsLate(deadline, deadline + ListeningTimeLimit.Grace + TimeSpan.FromSeconds(1)));
    }
}
