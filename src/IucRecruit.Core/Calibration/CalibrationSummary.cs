using System.Globalization;
using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Core.Calibration;

/// <summary>
/// What an assessor lead acts on, in words, before the full statistics of a calibration report
/// (issue 14): whether there are enough recordings to judge at all, who scores higher or lower
/// than the others and than the reference on which criterion, and whether agreement is good enough.
/// Every sentence reads the reliability library's figures; none is computed here.
/// </summary>
public static class CalibrationSummary
{
    /// <summary>Below this many recordings a 95% interval is either very wide or, when the few
    /// scores happen to agree, a point such as [0.000, 0.000] that promises a certainty it has not
    /// earned: the report then says there are too few recordings to judge.</summary>
    public const int MinimumRecordings = 5;

    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static bool TooFewToJudge(ReliabilityStatistic statistic) => statistic.N < MinimumRecordings;

    public static string TooFewRecordings(int recordings) =>
        $"Too few recordings to judge: {recordings} scored, and at least {MinimumRecordings} are needed before the differences and agreement mean anything.";

    public static IReadOnlyList<string> Sentences(IReadOnlyList<CriterionCalibration> criteria)
    {
        if (criteria.Count == 0) return [];
        var recordings = criteria.Max(c => c.Report.Items);
        if (recordings < MinimumRecordings) return [TooFewRecordings(recordings)];
        return [.. Leniency(criteria, c => c.Report.Leniency, "the other assessors"),
            .. criteria.Any(c => c.AgainstReference is not null)
                ? Leniency(criteria, c => c.AgainstReference ?? [], "the reference scores")
                : ["No recording has reference scores, so nobody is compared with a reference."],
            .. criteria.Select(Agreement)];
    }

    /// <summary>Who scores higher or lower than <paramref name="against"/>, criterion by criterion.</summary>
    private static IEnumerable<string> Leniency(IReadOnlyList<CriterionCalibration> criteria,
        Func<CriterionCalibration, IReadOnlyList<RaterLeniency>> leniency, string against)
    {
        var flagged = criteria
            .SelectMany(c => leniency(c).Where(l => l.Verdict is LeniencyVerdict.Lenient or LeniencyVerdict.Severe && !TooFewToJudge(l.MeanDifference))
                .Select(l => (c.CriterionName, l)))
            .ToList();
        if (flagged.Count == 0) return [$"Nobody scores consistently higher or lower than {against} on any criterion."];
        return flagged.GroupBy(f => f.l.Rater).Select(rater =>
            $"{rater.Key} scores " + string.Join("; ", rater.Select(f => Say(
                $"{(f.l.Verdict == LeniencyVerdict.Lenient ? "higher" : "lower")} than {against} on {f.CriterionName} ({f.l.MeanDifference.Estimate:+0.0;-0.0} points on average over {f.l.MeanDifference.N} recordings)"))) + ".");
    }

    /// <summary>ICC(2,1), the agreement of one assessor's scores with another's (absolute
    /// agreement: what matters when one assessor scores a candidate alone), read with Koo and Li's
    /// bands (J Chiropr Med 2016;15:155–163): below 0.5 poor, to 0.75 moderate, to 0.9 good, above excellent.</summary>
    private static string Agreement(CriterionCalibration criterion)
    {
        var icc = criterion.Report.Icc.Icc21;
        if (icc.Estimate is not { } value) return $"{criterion.CriterionName}: agreement cannot be judged ({icc.NotDefinedReason}).";
        if (TooFewToJudge(icc)) return $"{criterion.CriterionName}: {TooFewRecordings(icc.N)}";
        var band = value < 0.5 ? "poor" : value < 0.75 ? "moderate" : value < 0.9 ? "good" : "excellent";
        var enough = value >= 0.75 ? "good enough for one assessor to score alone" : "not good enough for one assessor to score alone: agree how to apply this criterion";
        return Say($"{criterion.CriterionName}: agreement is {band} (ICC(2,1) {value:0.00}") +
               (icc.Interval is { } ci ? Say($", 95% interval {ci.Lower:0.00} to {ci.Upper:0.00}") : "") + $"), {enough}.";
    }

    private static string Say(FormattableString text) => text.ToString(EnglishUk);
}
