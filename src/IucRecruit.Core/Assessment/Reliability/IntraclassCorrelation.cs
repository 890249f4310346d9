using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace IucRecruit.Core.Assessment.Reliability;

/// <summary>The six intraclass correlations of Shrout &amp; Fleiss (1979), each with its 95% interval.</summary>
/// <param name="ItemsUsed">Items scored by every rater: the only ones an ICC can use.</param>
/// <param name="ItemsDropped">Items left out because at least one rater did not score them.</param>
public sealed record IccResults(
    ReliabilityStatistic Icc11,
    ReliabilityStatistic Icc21,
    ReliabilityStatistic Icc31,
    ReliabilityStatistic Icc1K,
    ReliabilityStatistic Icc2K,
    ReliabilityStatistic Icc3K,
    int ItemsUsed,
    int ItemsDropped)
{
    public IEnumerable<ReliabilityStatistic> All => [Icc11, Icc21, Icc31, Icc1K, Icc2K, Icc3K];
}

/// <summary>
/// Intraclass correlations from the two-way ANOVA mean squares, with exact F-based 95% intervals:
/// Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability",
/// Psychological Bulletin 86(2), 420–428; McGraw &amp; Wong (1996), "Forming inferences about some
/// intraclass correlation coefficients", Psychological Methods 1(1), 30–46 (correction: 1(4), 390).
/// ICC(2,1)'s interval uses Satterthwaite's approximate degrees of freedom, as Shrout &amp; Fleiss
/// give it; each average-measures interval is its single-rater interval carried through the
/// Spearman–Brown formula, which is algebraically McGraw &amp; Wong's interval for that form.
/// </summary>
public static class IntraclassCorrelation
{
    private const string ShroutFleiss = "Shrout & Fleiss 1979";

    public static IccResults Compute(RatingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var k = table.Raters.Count;
        var complete = Enumerable.Range(0, table.Items.Count)
            .Where(item => table.ScoresOf(item).Count() == k)
            .Select(item => table.ScoresOf(item).ToArray())
            .ToArray();
        var n = complete.Length;
        var dropped = table.Items.Count - n;
        var note = dropped == 0 ? null : $"{dropped} of {table.Items.Count} items left out: not scored by every rater";
        var forms = Forms(k);

        string? reason = k < 2 ? "fewer than two raters"
            : n < 2 ? "fewer than two items scored by every rater"
            : complete.SelectMany(scores => scores).Distinct().Count() == 1 ? "no variation: every score is the same"
            : null;
        if (reason is not null)
        {
            return Results([.. forms.Select(form => ReliabilityStatistic.NotDefined(form, n, reason, note))], n, dropped);
        }

        var squares = MeanSquares.Of(complete);
        var results = new[]
        {
            OneWaySingle(squares, n, k),
            TwoWayRandomSingle(squares, n, k),
            TwoWayMixedSingle(squares, n, k),
        };
        var statistics = new ReliabilityStatistic[6];
        for (var i = 0; i < 3; i++)
        {
            statistics[i] = ToStatistic(forms[i], results[i], n, note);
            statistics[i + 3] = ToStatistic(forms[i + 3], SpearmanBrown(results[i], k), n, note);
        }
        return Results(statistics, n, dropped);
    }

    /// <summary>The six statistics in the order of <see cref="Forms"/>.</summary>
    private static IccResults Results(ReliabilityStatistic[] s, int n, int dropped) =>
        new(s[0], s[1], s[2], s[3], s[4], s[5], n, dropped);

    private static StatisticForm[] Forms(int k)
    {
        var average = $"mean of k = {k} rater{(k == 1 ? "" : "s")}";
        return
        [
            new("ICC(1,1)", "one-way random effects, absolute agreement, single rater", $"{ShroutFleiss}; McGraw & Wong 1996 ICC(1)"),
            new("ICC(2,1)", "two-way random effects, absolute agreement, single rater", $"{ShroutFleiss}; McGraw & Wong 1996 ICC(A,1)"),
            new("ICC(3,1)", "two-way mixed effects, consistency, single rater", $"{ShroutFleiss}; McGraw & Wong 1996 ICC(C,1)"),
            new("ICC(1,k)", $"one-way random effects, absolute agreement, {average}", $"{ShroutFleiss}; McGraw & Wong 1996 ICC(k)"),
            new("ICC(2,k)", $"two-way random effects, absolute agreement, {average}", $"{ShroutFleiss}; McGraw & Wong 1996 ICC(A,k)"),
            new("ICC(3,k)", $"two-way mixed effects, consistency, {average}", $"{ShroutFleiss}; McGraw & Wong 1996 ICC(C,k)"),
        ];
    }

    /// <summary>An estimate with its interval limits, or the reason there is none; an estimate
    /// without limits says why it has no interval.</summary>
    private sealed record SingleRater(double? Estimate, (double Lower, double Upper)? Limits, string? NotDefinedReason, string? NoIntervalReason = null)
    {
        public static readonly SingleRater NoVariation = new(null, null, "no variation between items");

        public static SingleRater WithoutInterval(double estimate, string reason) => new(estimate, null, null, reason);
    }

    private static readonly double UpperQuantile = 1 - ((1 - ConfidenceInterval.Level) / 2);

    /// <summary>ICC(1,1): items rated by different, randomly drawn raters; only the within-item
    /// mean square is error.</summary>
    private static SingleRater OneWaySingle(MeanSquares s, int n, int k)
    {
        var (df1, df2) = (n - 1.0, n * (k - 1.0));
        return RatioBased(s.Items, s.WithinItems, k, df1, df2);
    }

    /// <summary>ICC(3,1): the same fixed raters for every item; raters' mean differences are not
    /// error (consistency).</summary>
    private static SingleRater TwoWayMixedSingle(MeanSquares s, int n, int k)
    {
        var (df1, df2) = (n - 1.0, (n - 1.0) * (k - 1.0));
        return RatioBased(s.Items, s.Residual, k, df1, df2);
    }

    /// <summary>ICC(1,1) and ICC(3,1) share a form: (F − 1)/(F + k − 1) applied to the observed F
    /// ratio and to its limits F/F(1−α/2; df1, df2) and F × F(1−α/2; df2, df1).</summary>
    private static SingleRater RatioBased(double itemsSquare, double errorSquare, int k, double df1, double df2)
    {
        if (errorSquare == 0) return itemsSquare == 0 ? SingleRater.NoVariation : new SingleRater(1, (1, 1), null);
        var f = itemsSquare / errorSquare;
        var estimate = (f - 1) / (f + k - 1);
        if (FQuantile(df1, df2) is not { } forward || FQuantile(df2, df1) is not { } backward)
            return SingleRater.WithoutInterval(estimate, NoQuantile(df1, df2));
        var (lowerF, upperF) = (f / forward, f * backward);
        return new SingleRater(estimate, ((lowerF - 1) / (lowerF + k - 1), (upperF - 1) / (upperF + k - 1)), null);
    }

    /// <summary>The upper 97.5% point of F(df1, df2), or null where MathNet's root search does not
    /// converge: with a fraction of a degree of freedom (Satterthwaite's, when raters disagree more
    /// than chance) the quantile is astronomically large and the search gives up. A table like
    /// that has an estimate but no interval worth printing, so it is reported without one.</summary>
    private static double? FQuantile(double df1, double df2)
    {
        try
        {
            var quantile = FisherSnedecor.InvCDF(df1, df2, UpperQuantile);
            return double.IsFinite(quantile) && quantile > 0 ? quantile : null;
        }
        catch (NonConvergenceException)
        {
            return null;
        }
    }

    private static string NoQuantile(double df1, double df2) =>
        $"no interval: the F distribution's 97.5% point for {df1:0.###} and {df2:0.###} degrees of freedom cannot be computed";

    /// <summary>ICC(2,1): a random sample of raters scores every item; raters' mean differences
    /// count as disagreement (absolute agreement). Interval: Shrout &amp; Fleiss (1979) with
    /// Satterthwaite's degrees of freedom v.</summary>
    private static SingleRater TwoWayRandomSingle(MeanSquares s, int n, int k)
    {
        var denominator = s.Items + ((k - 1) * s.Residual) + (k * (s.Raters - s.Residual) / n);
        if (denominator == 0) return SingleRater.NoVariation;
        var icc = (s.Items - s.Residual) / denominator;
        if (s.Residual == 0 && s.Raters == 0) return new SingleRater(icc, (1, 1), null);

        var v = Satterthwaite(icc, n, k, s);
        if (!(v > 0)) return SingleRater.WithoutInterval(icc, "no interval: Satterthwaite's degrees of freedom are not positive");
        if (FQuantile(n - 1, v) is not { } fLower || FQuantile(v, n - 1) is not { } fUpper)
            return SingleRater.WithoutInterval(icc, NoQuantile(n - 1, v));
        var raterAndError = (k * s.Raters) + (((k * n) - k - n) * s.Residual);
        var lower = n * (s.Items - (fLower * s.Residual)) / ((fLower * raterAndError) + (n * s.Items));
        var upper = n * ((fUpper * s.Items) - s.Residual) / (raterAndError + (n * fUpper * s.Items));
        return new SingleRater(icc, (lower, upper), null);
    }

    /// <summary>Satterthwaite's approximate degrees of freedom for ICC(2,1)'s interval (Shrout &amp;
    /// Fleiss 1979), where Fj is the raters' F ratio. With no residual variation the raters' term
    /// alone carries the error, with k − 1 degrees of freedom. Zero when the formula breaks down.</summary>
    private static double Satterthwaite(double icc, int n, int k, MeanSquares s)
    {
        if (s.Residual == 0) return k - 1;
        var fj = s.Raters / s.Residual;
        var a = (k * icc * fj) + (n * (1 + ((k - 1) * icc))) - (k * icc);
        var numerator = (k - 1) * (n - 1) * a * a;
        var b = (n * (1 + ((k - 1) * icc))) - (k * icc);
        var denominator = ((n - 1) * k * k * icc * icc * fj * fj) + (b * b);
        return numerator / denominator;
    }

    /// <summary>The reliability of the mean of k raters from that of one (Spearman–Brown); it maps
    /// each ICC(x,1) and its limits to ICC(x,k) and its limits. The step has a pole at
    /// r = −1/(k − 1): raters who disagree that much more than chance make the mean of k raters'
    /// reliability unbounded, so an estimate there is not defined, and a lower limit there would
    /// turn the interval inside out, so the estimate is then given without one.</summary>
    private static SingleRater SpearmanBrown(SingleRater single, int k)
    {
        if (single.Estimate is not { } estimate) return single;
        var pole = -1.0 / (k - 1);
        if (estimate <= pole)
            return new SingleRater(null, null, $"the single-rater ICC is {estimate:0.###}, at or below −1/(k − 1) = {pole:0.###}: raters disagree so far beyond chance that the mean of {k} raters has no reliability");
        static double Step(double r, int k) => k * r / (1 + ((k - 1) * r));
        if (single.Limits is not var (lower, upper)) return single with { Estimate = Step(estimate, k) };
        if (lower <= pole)
            return SingleRater.WithoutInterval(Step(estimate, k), $"no interval: the single-rater lower limit {lower:0.###} is at or below −1/(k − 1) = {pole:0.###}, where the Spearman–Brown step is unbounded");
        return new SingleRater(Step(estimate, k), (Step(lower, k), Step(upper, k)), null);
    }

    private static ReliabilityStatistic ToStatistic(StatisticForm form, SingleRater result, int n, string? note)
    {
        if (result.Estimate is not { } estimate)
            return ReliabilityStatistic.NotDefined(form, n, result.NotDefinedReason ?? "not defined", note);
        if (result.Limits is not var (lower, upper))
            return new ReliabilityStatistic(form, estimate, null, n, Note: Notes.Join(note, result.NoIntervalReason));
        var method = form.Name.StartsWith("ICC(2", StringComparison.Ordinal)
            ? "F distribution with Satterthwaite's degrees of freedom (Shrout & Fleiss 1979; McGraw & Wong 1996)"
            : "exact F distribution (Shrout & Fleiss 1979; McGraw & Wong 1996)";
        return new ReliabilityStatistic(form, estimate, new ConfidenceInterval(lower, upper, method), n, Note: note);
    }

    /// <summary>The two-way ANOVA of a complete items × raters table.</summary>
    private sealed record MeanSquares(double Items, double Raters, double Residual, double WithinItems)
    {
        public static MeanSquares Of(double[][] rows)
        {
            var n = rows.Length;
            var k = rows[0].Length;
            var grand = rows.SelectMany(r => r).Average();
            var itemsSum = rows.Sum(r => Square(r.Average() - grand)) * k;
            var ratersSum = Enumerable.Range(0, k).Sum(j => Square(rows.Average(r => r[j]) - grand)) * n;
            var total = rows.SelectMany(r => r).Sum(x => Square(x - grand));
            // Perfect agreement must give exactly zero error, not a rounding remainder of either sign.
            var residualSum = Clean(total - itemsSum - ratersSum, total);
            var withinSum = Clean(total - itemsSum, total);
            return new MeanSquares(
                itemsSum / (n - 1),
                ratersSum / (k - 1),
                residualSum / ((n - 1) * (k - 1)),
                withinSum / (n * (k - 1)));
        }

        private static double Square(double x) => x * x;

        private static double Clean(double remainder, double total) => remainder <= total * 1e-12 ? 0 : remainder;
    }
}
