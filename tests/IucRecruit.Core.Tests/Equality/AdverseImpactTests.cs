using IucRecruit.Core.Equality;

namespace IucRecruit.Core.Tests.Equality;

public sealed class AdverseImpactTests
{
    /// <summary>The Uniform Guidelines' own illustration (Questions and Answers, 44 FR 11996, 1979,
    /// Q. 12): 48 of 80 white applicants hired (60%) and 12 of 40 Black applicants (30%); 30/60 = 50%,
    /// below four-fifths, so adverse impact is indicated.</summary>
    [Fact]
    public void Matches_the_uniform_guidelines_example()
    {
        var rows = AdverseImpact.Compute([new("White", 80, 48), new("Black", 40, 12)]);

        Assert.Equal(new SelectionRow("White", false, 80, 48, 0.6, 1.0, false), rows[0]);
        Assert.Equal(new SelectionRow("Black", false, 40, 12, 0.3, 0.5, true), rows[1]);
    }

    [Fact]
    public void Groups_under_five_are_suppressed_with_the_next_smallest_so_nothing_can_be_derived()
    {
        var rows = AdverseImpact.Compute([new("White", 60, 30), new("Asian", 12, 3), new("Mixed", 3, 3), new("Black", 20, 8)]);

        Assert.True(rows.Single(r => r.Group == "Mixed").Suppressed);
        Assert.Equal(new SelectionRow("Asian", true, null, null, null, null, false), rows.Single(r => r.Group == "Asian"));
        Assert.Equal(0.8, rows.Single(r => r.Group == "Black").ImpactRatio!.Value, 10);
        Assert.False(rows.Single(r => r.Group == "Black").AdverseImpact); // exactly four-fifths is not below it
    }

    [Fact]
    public void Two_small_groups_suppress_only_themselves()
    {
        var rows = AdverseImpact.Compute([new("Female", 40, 20), new("Male", 30, 9), new("Other", 2, 1), new("PreferNotToSay", 4, 4)]);

        Assert.Equal(["Other", "PreferNotToSay"], rows.Where(r => r.Suppressed).Select(r => r.Group));
        Assert.True(rows.Single(r => r.Group == "Male").AdverseImpact); // 0.3 / 0.5 = 0.6
    }

    [Fact]
    public void Prefer_not_to_say_is_never_the_reference_and_nobody_selected_gives_no_ratio()
    {
        var rows = AdverseImpact.Compute([new("Yes", 10, 2), new("No", 50, 20), new("PreferNotToSay", 10, 9)]);
        Assert.Equal(1.0, rows.Single(r => r.Group == "No").ImpactRatio);

        var none = AdverseImpact.Compute([new("Yes", 10, 0), new("No", 50, 0)]);
        Assert.All(none, r => Assert.Null(r.ImpactRatio));
        Assert.All(none, r => Assert.False(r.AdverseImpact));
    }
}
