using System.Globalization;
using CsvHelper;
using IucRecruit.Testing;

namespace IucRecruit.Cli.Tests.Reliability;

public sealed class ReliabilityCommandTests
{
    private static readonly string Example = RepositoryRoot.Combine("docs", "examples", "ratings.csv");

    [Fact]
    public async Task The_example_file_prints_every_statistic_with_its_form_interval_and_n()
    {
        var run = await CliRun.RunAsync("", "reliability", "--input", Example);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        // Shrout & Fleiss (1979) Table 2 data: ICC(2,1) = .29 with psych's interval [.019, .761].
        Assert.Matches(@"ICC\(2,1\)\s+0\.290\s+\[0\.019, 0\.761\]\s+6\s+two-way random effects, absolute agreement, single rater", run.Output);
        Assert.Matches(@"ICC\(3,k\)\s+0\.909\s+\[0\.676, 0\.986\]\s+6\s+two-way mixed effects, consistency, mean of k = 4 raters", run.Output);
        Assert.Contains("Krippendorff's alpha, interval", run.Output, StringComparison.Ordinal);
        Assert.Contains("Cohen's kappa, quadratic weights (judge 3 vs judge 4)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Mean difference from peers \(judge 2\)\s+-3\.722\s+\[-4\.672, -2\.773\]\s+6\s+SEVERE", run.Output);
        Assert.Contains("95% CI: percentile bootstrap over items, 2000 resamples, seed 2011", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Raters who disagree more than chance: the F quantile for ICC(2,1)'s interval does
    /// not converge, and the command used to die with a stack trace.</summary>
    [Fact]
    public async Task Raters_who_disagree_beyond_chance_get_a_report_that_says_why_an_interval_is_missing()
    {
        const string csv = """
            item,rater,score
            a,r1,5
            a,r2,4
            a,r3,2
            a,r4,1
            b,r1,1
            b,r2,3
            b,r3,5
            b,r4,3
            c,r1,4
            c,r2,5
            c,r3,1
            c,r4,3
            """;

        var run = await CliRun.RunAsync(csv, "reliability", "--input", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches(@"ICC\(2,1\)\s+-0\.427\s", run.Output);
        Assert.Contains("no interval: the F distribution's 97.5% point", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimates_intervals_and_n_stand_in_aligned_columns()
    {
        var run = await CliRun.RunAsync("", "reliability", "--input", Example);

        var iccLines = run.Output.Split('\n').Where(l => l.TrimStart().StartsWith("ICC(", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, iccLines.Count);
        Assert.Single(iccLines.Select(l => l.IndexOf('[', StringComparison.Ordinal)).Distinct());
        Assert.Single(iccLines.Select(l => l.IndexOf(" 6 ", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public async Task Reports_each_criterion_apart_and_counts_empty_scores_as_missing()
    {
        const string csv = """
            Item,RATER,Score,Criterion
            call 1,Ali,4,accuracy
            call 1,Sam,4,accuracy
            call 2,Ali,2,accuracy
            call 2,Sam,,accuracy
            call 3,Ali,3,accuracy
            call 3,Sam,3,accuracy
            call 1,Ali,5,empathy
            call 1,Sam,4,empathy
            call 2,Ali,3,empathy
            call 2,Sam,3,empathy
            """;

        var run = await CliRun.RunAsync(csv, "reliability", "--input", "-");

        Assert.Equal(0, run.ExitCode);
        var accuracy = run.Output.IndexOf("Criterion: accuracy", StringComparison.Ordinal);
        var empathy = run.Output.IndexOf("Criterion: empathy", StringComparison.Ordinal);
        Assert.True(accuracy >= 0 && empathy > accuracy);
        Assert.Contains("3 items, 2 raters, 5 scores, 1 missing", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 items, 2 raters, 4 scores, 0 missing", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 3 items left out: not scored by every rater", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_line_is_reported_and_nothing_is_computed()
    {
        const string csv = """
            item,rater,score
            call 1,Ali,4
            call 1,,3
            call 2,Sam,four
            call 2,Ali,2,extra
            call 3,Sam,2,5
            call 1,Ali,5
            """;

        var run = await CliRun.RunAsync(csv, "reliability", "--input", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("-: 5 problems; nothing was computed.", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 3, column rater, value \"\": expected the rater's name", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 4, column score, value \"four\": expected a number such as 3 or 2.5 (with a point), or nothing for a missing rating", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 5: expected 3 values, as in the header, but found 4", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 6: expected 3 values, as in the header, but found 4", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 7: expected one rating per item, rater, but Ali already rated call 1 on line 2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_not_in_utf8_is_refused_with_the_line_of_its_first_bad_byte()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ratings-{Guid.NewGuid():N}.csv");
        // "Siân" as Excel's plain CSV (Windows-1252) writes it: 0xE2 for â, on the third line.
        await File.WriteAllBytesAsync(path, [.. "item,rater,score\ncall 1,Ali,4\ncall 1,Si"u8, 0xE2, .. "n,3\n"u8]);
        try
        {
            var run = await CliRun.RunAsync("", "reliability", "--input", path);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Contains($"{path}: line 3: byte 0xE2, not UTF-8; expected a file saved as UTF-8", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("\uFFFD", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("item,rater,score,comment\nc1,A,3,ok\n", "line 1, column 4, value \"comment\": expected only the columns item, rater, score and criterion")]
    [InlineData("item,score\nc1,3\n", "line 1: expected a column named rater in the header")]
    [InlineData("item,rater,score,Score\n", "line 1, column 4, value \"Score\": expected each column once")]
    [InlineData("", "line 1: expected a header line: item,rater,score")]
    [InlineData("item,rater,score\n", "line 2: expected at least one rating after the header")]
    [InlineData("item,rater,score\nc1,A,\"3\"x\n", "expected well-formed CSV")]
    public async Task A_file_of_the_wrong_shape_is_refused_with_the_reason(string csv, string message)
    {
        var run = await CliRun.RunAsync(csv, "reliability", "--input", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_score_off_the_given_scale_is_a_bad_line()
    {
        var run = await CliRun.RunAsync("item,rater,score\nc1,A,3\nc1,B,7\n", "reliability", "--input", "-", "--scale", "1,2,3,4,5");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 3, column score, value \"7\": expected a point of the scale (1, 2, 3, 4, 5)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--input is required")]
    [InlineData("--format must be text or csv, not xml", "--input", "x.csv", "--format", "xml")]
    [InlineData("--scale must be two or more numbers separated by commas", "--input", "x.csv", "--scale", "1;5")]
    [InlineData("unexpected extra.csv", "--input", "x.csv", "extra.csv")]
    public async Task Wrong_usage_exits_with_two_and_shows_how_to_call_it(string message, params string[] arguments)
    {
        var run = await CliRun.RunAsync("", ["reliability", .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: iucrecruit reliability --input ratings.csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_bad_input()
    {
        var run = await CliRun.RunAsync("", "reliability", "--input", Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Cannot read ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Rater names are typed by people: one that starts like a formula must reach Excel
    /// as text, while negative numbers stay numbers.</summary>
    [Fact]
    public async Task Csv_output_writes_formula_like_names_as_text_and_negative_numbers_as_numbers()
    {
        const string ratings = """
            item,rater,score
            a,=HYPERLINK(1),5
            a,@Sam,1
            b,=HYPERLINK(1),1
            b,@Sam,5
            c,=HYPERLINK(1),4
            c,@Sam,2
            """;

        var run = await CliRun.RunAsync(ratings, "reliability", "--input", "-", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split("\r\n");
        Assert.Contains(",Leniency and severity,Mean difference from peers,\"'=HYPERLINK(1)\",0.6666666666666666,", run.Output, StringComparison.Ordinal);
        Assert.Contains(",Leniency and severity,Mean difference from peers,\"'@Sam\",-0.6666666666666666,", run.Output, StringComparison.Ordinal);
        Assert.Contains(",Cohen's kappa,\"'=HYPERLINK(1) vs @Sam\",-0.2857142857142857,", run.Output, StringComparison.Ordinal);
        // Every ICC(3,1) here is −1 (opposite scores): a bare number, not text.
        Assert.StartsWith(",Intraclass correlation,\"ICC(3,1)\",,-1,-1,-1,3,", lines.Single(l => l.Contains("ICC(3,1)", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_output_has_one_row_per_statistic_with_unrounded_numbers()
    {
        var run = await CliRun.RunAsync("", "reliability", "--input", Example, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        using var csv = CsvReader.FromText(run.Output);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.Headers.Select((h, i) => (h, csv.GetString(i))).ToDictionary(x => x.h, x => x.Item2));
        // 6 ICC + 4 alpha + 6 pairs × 3 kappas + 4 raters' leniency.
        Assert.Equal(32, rows.Count);
        var icc21 = rows.Single(r => r["statistic"] == "ICC(2,1)");
        Assert.Equal(0.2897637795, double.Parse(icc21["estimate"], CultureInfo.InvariantCulture), 9);
        Assert.Equal(0.01878651337, double.Parse(icc21["ci_lower"], CultureInfo.InvariantCulture), 4);
        Assert.Equal("6", icc21["n"]);
        Assert.Equal("two-way random effects, absolute agreement, single rater", icc21["description"]);
        Assert.Equal("Severe", rows.Single(r => r["subject"] == "judge 2" && r["section"] == "Leniency and severity")["verdict"]);
    }

    [Fact]
    public async Task A_reference_rater_becomes_the_yardstick_for_leniency_and_leaves_the_agreement_statistics()
    {
        var run = await CliRun.RunAsync("", "reliability", "--input", Example, "--reference", "judge 1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("6 items, 3 raters, 18 scores, 0 missing", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(judge 1", run.Output, StringComparison.Ordinal);
        // Judge 2 minus judge 1: −7, −5, −4, −6, −5, −4 → mean −5.167.
        Assert.Matches(@"Mean difference from reference \(judge 2\)\s+-5\.167", run.Output);
    }

    [Fact]
    public async Task An_unknown_reference_rater_is_bad_input()
    {
        var run = await CliRun.RunAsync("", "reliability", "--input", Example, "--reference", "judge 9");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no rater named judge 9", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Degenerate_data_print_reasons_not_NaN()
    {
        var run = await CliRun.RunAsync("item,rater,score\nc1,A,3\nc2,A,3\n", "reliability", "--input", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not defined  ", run.Output, StringComparison.Ordinal);
        Assert.Contains("not defined: fewer than two raters", run.Output, StringComparison.Ordinal);
        Assert.Contains("none: fewer than two raters", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", run.Output, StringComparison.Ordinal);
    }
}
