using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace IucRecruit.Core.Retention;

public sealed record LogRankGroup(string Name, long Observed, double Expected);

/// <summary>The test's result; <see cref="ChiSquare"/> has <see cref="DegreesOfFreedom"/> degrees of freedom.</summary>
public sealed record LogRankResult(IReadOnlyList<LogRankGroup> Groups, double ChiSquare, int DegreesOfFreedom, double PValue);

/// <summary>
/// The log-rank test that two or more retention curves are the same (Mantel N. Cancer Chemother
/// Rep 1966;50:163–170; Peto R, Peto J. J R Stat Soc A 1972;135:185–207; explained in Bland J M,
/// Altman D G. The logrank test. BMJ 2004;328:1073). At each time someone leaves, the leavers are
/// shared out among the groups in proportion to their numbers at risk (expected), with the
/// hypergeometric variance; the statistic (O−E)ᵀV⁻¹(O−E) over all groups but one is chi-squared on
/// k−1 degrees of freedom. Null when fewer than two groups have anyone, nobody left, or the
/// variance is degenerate.
/// </summary>
public static class LogRank
{
    public static LogRankResult? Test(IReadOnlyList<(string Name, IReadOnlyList<SurvivalObservation> Observations)> groups)
    {
        var used = groups.Where(g => g.Observations.Any(o => o.Count > 0)).ToList();
        var k = used.Count;
        if (k < 2) return null;

        // Each group's observations by time, swept once in time order.
        var byTime = used.Select(g => g.Observations.Where(o => o.Count > 0).GroupBy(o => o.Time).OrderBy(t => t.Key)
            .Select(t => (Time: t.Key, Events: (double)t.Where(o => o.Event).Sum(o => o.Count), Total: (double)t.Sum(o => o.Count)))
            .ToArray()).ToArray();
        var times = byTime.SelectMany(g => g).Where(t => t.Events > 0).Select(t => t.Time).Distinct().Order().ToList();
        if (times.Count == 0) return null;

        var remaining = byTime.Select(g => g.Sum(t => t.Total)).ToArray();
        var next = new int[k];
        var observed = new double[k];
        var expected = new double[k];
        var atRisk = new double[k];
        var events = new double[k];
        var variance = Matrix<double>.Build.Dense(k, k);
        foreach (var time in times)
        {
            for (var g = 0; g < k; g++)
            {
                for (; next[g] < byTime[g].Length && byTime[g][next[g]].Time < time; next[g]++) remaining[g] -= byTime[g][next[g]].Total;
                atRisk[g] = remaining[g];
                events[g] = next[g] < byTime[g].Length && byTime[g][next[g]].Time == time ? byTime[g][next[g]].Events : 0;
            }
            var n = atRisk.Sum();
            var d = events.Sum();
            for (var i = 0; i < k; i++)
            {
                observed[i] += events[i];
                expected[i] += d * atRisk[i] / n;
            }
            if (n <= 1) continue;
            var factor = d * (n - d) / (n - 1);
            for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
                variance[i, j] += factor * (atRisk[i] / n) * ((i == j ? 1 : 0) - atRisk[j] / n);
        }

        var difference = Vector<double>.Build.Dense(k - 1, i => observed[i] - expected[i]);
        var reduced = variance.SubMatrix(0, k - 1, 0, k - 1);
        if (Math.Abs(reduced.Determinant()) < 1e-12) return null;
        var chiSquare = difference * reduced.Inverse() * difference;
        var results = used.Select((g, i) => new LogRankGroup(g.Name, (long)observed[i], expected[i])).ToList();
        return new LogRankResult(results, chiSquare, k - 1, 1 - ChiSquared.CDF(k - 1, chiSquare));
    }
}
