using MathNet.Numerics.Distributions;

namespace IucRecruit.Core.Retention;

/// <summary>How many with a given score had the outcome (positives) and how many did not.</summary>
public sealed record ScoreOutcomeCount(double Score, long Positives, long Negatives);

public sealed record AucResult(double Auc, double StandardError, double Lower, double Upper, long Positives, long Negatives);

/// <summary>
/// The area under the ROC curve of a score for an outcome, as the Mann–Whitney probability that a
/// random positive scores higher than a random negative (ties count one half), with the standard
/// error of Hanley J A, McNeil B J. The meaning and use of the area under a receiver operating
/// characteristic (ROC) curve. Radiology 1982;143:29–36 (their equation 2, with Q1 = A/(2−A) and
/// Q2 = 2A²/(1+A)), and a normal confidence interval clipped to [0, 1].
/// Here the outcome is being in post at six months: 0.5 means the score does not predict it.
/// </summary>
public static class RocAuc
{
    /// <summary>Null unless there are both positives and negatives.</summary>
    public static AucResult? Compute(IEnumerable<ScoreOutcomeCount> counts, double confidence = 0.95)
    {
        var sorted = counts.GroupBy(c => c.Score).OrderBy(g => g.Key)
            .Select(g => (Positives: (double)g.Sum(c => c.Positives), Negatives: (double)g.Sum(c => c.Negatives)))
            .ToList();
        var positives = sorted.Sum(s => s.Positives);
        var negatives = sorted.Sum(s => s.Negatives);
        if (positives == 0 || negatives == 0) return null;

        // Pairs (positive, negative) in which the positive scores higher, plus half the ties.
        double negativesBelow = 0, wins = 0;
        foreach (var (pos, neg) in sorted)
        {
            wins += pos * (negativesBelow + neg / 2);
            negativesBelow += neg;
        }
        var auc = wins / (positives * negatives);
        var q1 = auc / (2 - auc);
        var q2 = 2 * auc * auc / (1 + auc);
        var variance = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives);
        var standardError = Math.Sqrt(Math.Max(variance, 0));
        var z = Normal.InvCDF(0, 1, 0.5 + confidence / 2);
        return new AucResult(auc, standardError, Math.Max(0, auc - z * standardError), Math.Min(1, auc + z * standardError),
            (long)positives, (long)negatives);
    }
}
