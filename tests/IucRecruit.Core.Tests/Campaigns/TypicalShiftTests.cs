using IucRecruit.Core.Campaigns;

namespace IucRecruit.Core.Tests.Campaigns;

/// <summary>A campaign's shift in figures: what a manager may type, what each mistake is told, and
/// the sentence a candidate reads, which says what is not stated instead of inventing it.</summary>
public sealed class TypicalShiftTests
{
    [Theory]
    [InlineData("10", "40", "60", 600, 40, 60)]
    [InlineData(" 7.5 ", "35", "35", 450, 35, 35)]
    [InlineData("", "", "", null, null, null)]
    [InlineData("12", "", null, 720, null, null)]
    [InlineData(null, "40", "60", null, 40, 60)]
    public void What_a_manager_types_is_read_as_minutes_and_calls(string? hours, string? fewest, string? most, int? minutes, int? from, int? to)
    {
        var (shift, problems) = TypicalShift.Parse(hours, fewest, most);

        Assert.Empty(problems);
        Assert.Equal(new TypicalShift(minutes, from, to), shift);
    }

    [Theory]
    [InlineData("ten", "40", "60", "ShiftMinutes", "Enter the shift's length in hours, from 1 to 13, like 10 or 7.5")]
    [InlineData("14", "40", "60", "ShiftMinutes", "Enter the shift's length in hours, from 1 to 13, like 10 or 7.5")]
    [InlineData("0.5", "40", "60", "ShiftMinutes", "Enter the shift's length in hours, from 1 to 13, like 10 or 7.5")]
    [InlineData("7.3333", "40", "60", "ShiftMinutes", "Enter the shift's length in hours, from 1 to 13, like 10 or 7.5")]
    [InlineData("10", "forty", "60", "FewestCalls", "Enter the fewest calls in a shift as a whole number from 1 to 800")]
    [InlineData("10", "40", "-60", "MostCalls", "Enter the most calls in a shift as a whole number from 1 to 800")]
    [InlineData("10", "40", "801", "MostCalls", "Enter the most calls in a shift as a whole number from 1 to 800")]
    [InlineData("10", "0", "60", "FewestCalls", "Enter the fewest calls in a shift as a whole number from 1 to 800")]
    [InlineData("10", "40", "", "MostCalls", "Enter the most calls in a shift too (the same number as the fewest, for one figure)")]
    [InlineData("10", "", "60", "FewestCalls", "Enter the fewest calls in a shift too (the same number as the most, for one figure)")]
    [InlineData("10", "60", "40", "MostCalls", "The most calls in a shift must not be fewer than the fewest")]
    public void Each_mistake_is_named_by_its_field_and_nothing_is_kept(string hours, string fewest, string most, string field, string problem)
    {
        var (shift, problems) = TypicalShift.Parse(hours, fewest, most);

        Assert.Null(shift);
        Assert.Equal(new[] { (field, problem) }, problems);
    }

    [Fact]
    public void A_stated_shift_reads_as_its_length_its_calls_and_a_call_every_so_many_minutes()
    {
        // 600 minutes / 60 calls = 10; 600 / 40 = 15.
        Assert.Equal("In a typical 10-hour shift an advisor takes about 40 to 60 calls: a new call about every 10 to 15 minutes, wrap-up and breaks included.",
            new TypicalShift(600, 40, 60).Describe());
        // 450 / 45 = 10 exactly: one figure of minutes.
        Assert.Equal("In a typical 7.5-hour shift an advisor takes about 45 calls: a new call about every 10 minutes, wrap-up and breaks included.",
            new TypicalShift(450, 45, 45).Describe());
    }

    [Fact]
    public void What_the_campaign_has_not_stated_is_said_to_be_unstated()
    {
        Assert.Equal("This campaign has not stated how long a shift is or how many calls an advisor takes in one.", TypicalShift.Unstated.Describe());
        Assert.Equal("A typical shift is 12 hours. This campaign has not stated how many calls an advisor takes in one.",
            new TypicalShift(720, null, null).Describe());
        Assert.Equal("In a typical shift an advisor takes about 40 to 60 calls. This campaign has not stated how long a shift is.",
            new TypicalShift(null, 40, 60).Describe());
    }
}
