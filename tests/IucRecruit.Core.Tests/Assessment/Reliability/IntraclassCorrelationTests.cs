using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Tests.Assessment.Reliability;

public sealed class IntraclassCorrelationTests
{
    /// <summary>
    /// Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability",
    /// Psychological Bulletin 86(2), 420–428, Table 2 data; the estimates are those of their Table 4
    /// (ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) = .44, ICC(2,4) = .62, ICC(3,4) = .91).
    /// The exact values and the 95% limits are R psych 2.2.9's ICC(sf, lmer = FALSE) on the same data
    /// (psych's own help page uses this example), run on Debian's r-cran-psych.
    /// </summary>
    [Theory]
    [InlineData("ICC(1,1)", 0.1657417684, -0.13293232487, 0.7225600623)]
    [InlineData("ICC(2,1)", 0.2897637795, 0.01878651337, 0.7610843696)]
    [InlineData("ICC(3,1)", 0.7148407148, 0.34246476503, 0.9458582600)]
    [InlineData("ICC(1,k)", 0.4427971337, -0.88444215524, 0.9124154203)]
    [InlineData("ICC(2,k)", 0.6200505476, 0.07113681530, 0.9272320402)]
    [InlineData("ICC(3,k)", 0.9093155424, 0.67567471382, 0.9858916782)]
    public void Reproduces_Shrout_and_Fleiss_table_4_and_the_psych_package_intervals(string form, double estimate, double lower, double upper)
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.ShroutFleiss()).All.Single(s => s.Form.Name == form);

        Assert.Equal(estimate, icc.Estimate!.Value, 6);
        Assert.Equal(lower, icc.Interval!.Lower, 4);
        Assert.Equal(upper, icc.Interval.Upper, 4);
        Assert.Equal(6, icc.N);
    }

    [Fact]
    public void Every_form_names_its_model_its_definition_and_its_number_of_raters()
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.ShroutFleiss());

        Assert.Equal("two-way random effects, absolute agreement, single rater", icc.Icc21.Form.Description);
        Assert.Contains("McGraw & Wong 1996 ICC(A,1)", icc.Icc21.Form.Source, StringComparison.Ordinal);
        Assert.Equal("two-way mixed effects, consistency, mean of k = 4 raters", icc.Icc3K.Form.Description);
    }

    [Fact]
    public void Items_not_scored_by_every_rater_are_left_out_and_counted()
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.FromRows(
            [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7], [5, null, 3, 4]));

        Assert.Equal(6, icc.ItemsUsed);
        Assert.Equal(1, icc.ItemsDropped);
        Assert.Equal(0.2897637795, icc.Icc21.Estimate!.Value, 6);
        Assert.Equal("1 of 7 items left out: not scored by every rater", icc.Icc21.Note);
    }

    [Fact]
    public void Perfect_agreement_on_varied_items_is_one_with_a_closed_interval()
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.FromRows([1.5, 1.5, 1.5], [2.25, 2.25, 2.25], [4, 4, 4]));

        Assert.All(icc.All, s =>
        {
            Assert.Equal(1, s.Estimate!.Value, 12);
            Assert.Equal(1, s.Interval!.Lower, 12);
            Assert.Equal(1, s.Interval.Upper, 12);
        });
    }

    [Fact]
    public void A_constant_offset_between_raters_is_perfect_consistency_but_not_perfect_agreement()
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.FromRows([1, 2], [2, 3], [3, 4], [4, 5]));

        Assert.Equal(1, icc.Icc31.Estimate!.Value, 12);
        Assert.InRange(icc.Icc21.Estimate!.Value, 0.5, 0.99);
        Assert.True(icc.Icc21.Interval!.Lower < icc.Icc21.Estimate && icc.Icc21.Estimate <= icc.Icc21.Interval.Upper);
    }

    [Fact]
    public void Non_integer_scores_are_used_as_numbers()
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.FromRows([0.9, 0.2, 0.5, 0.8], [0.6, 0.1, 0.3, 0.2],
            [0.8, 0.4, 0.6, 0.8], [0.7, 0.1, 0.2, 0.6], [1.0, 0.5, 0.6, 0.9], [0.6, 0.2, 0.4, 0.7]));

        // Dividing every score by ten changes no correlation.
        Assert.Equal(0.7148407148, icc.Icc31.Estimate!.Value, 6);
    }

    [Fact]
    public void Identical_items_make_consistency_undefined_while_rater_differences_still_count_against_agreement()
    {
        var icc = IntraclassCorrelation.Compute(RatingTables.FromRows([1, 2], [1, 2], [1, 2]));

        Assert.Equal("no variation between items", icc.Icc31.NotDefinedReason);
        Assert.Equal(0, icc.Icc21.Estimate);
        Assert.Equal(-1, icc.Icc11.Estimate);
    }

    [Theory]
    [MemberData(nameof(DegenerateTables))]
    public void Degenerate_data_give_a_reason_not_NaN(RatingTable table, string reason)
    {
        var icc = IntraclassCorrelation.Compute(table);

        Assert.All(icc.All, s =>
        {
            Assert.False(s.IsDefined);
            Assert.Null(s.Interval);
            Assert.Equal(reason, s.NotDefinedReason);
        });
    }

    public static TheoryData<RatingTable, string> DegenerateTables() => new()
    {
        { RatingTables.FromRows([3], [4], [5]), "fewer than two raters" },
        { RatingTables.FromRows([3, 4, 5]), "fewer than two items scored by every rater" },
        { RatingTables.FromRows([3, 4], [2, null], [null, 5]), "fewer than two items scored by every rater" },
        { RatingTables.FromRows([3, 3], [3, 3], [3, 3]), "no variation: every score is the same" },
    };
}
