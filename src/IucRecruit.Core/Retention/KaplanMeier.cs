using MathNet.Numerics.Distributions;

namespace IucRecruit.Core.Retention;

/// <summary>People followed for <see cref="Time"/>: <see cref="Event"/> true if they left then,
/// false if they were still in post when last seen (censored).</summary>
public sealed record SurvivalObservation(double Time, bool Event, long Count = 1);

/// <summary>The estimate just after <see cref="Time"/>, with the numbers behind it.</summary>
public sealed record SurvivalStep(double Time, long AtRisk, long Events, long Censored, double Survival,
    double StandardError, double Lower, double Upper);

public sealed record SurvivalCurve(long Subjects, long Events, IReadOnlyList<SurvivalStep> Steps, double Confidence)
{
    /// <summary>The estimate in force at <paramref name="time"/> (1 before the first event).</summary>
    public SurvivalStep At(double time) =>
        Steps.LastOrDefault(s => s.Time <= time) ?? new SurvivalStep(time, AtRiskAt(time), 0, 0, 1, 0, 1, 1);

    /// <summary>How many were still followed (in post and not yet censored) at <paramref name="time"/>.</summary>
    public long AtRiskAt(double time)
    {
        var first = Steps.FirstOrDefault(s => s.Time >= time);
        return first?.AtRisk ?? 0;
    }
}

/// <summary>
/// The Kaplan–Meier product-limit estimate of staying in post (Kaplan E L, Meier P. Nonparametric
/// estimation from incomplete observations. J Am Stat Assoc 1958;53:457–481; explained in Bland J M,
/// Altman D G. Survival probabilities (the Kaplan-Meier method). BMJ 1998;317:1572).
/// </summary>
/// <remarks>
/// The variance is Greenwood's: Var S(t) = S(t)² Σ d/(n(n−d)). The confidence band uses the
/// log-log transform (Kalbfleisch J D, Prentice R L. The Statistical Analysis of Failure Time Data,
/// 2nd ed. 2002, §1.4; Collett D. Modelling Survival Data in Medical Research, 3rd ed. 2015, §2.2.3):
/// log(−log S) ± z·se, which keeps the band inside 0 and 1. Censoring at the time of an event counts
/// as after it (the censored were at risk). Where the estimate is 1 or 0 the band is that point.
/// </remarks>
public static class KaplanMeier
{
    public static SurvivalCurve Estimate(IEnumerable<SurvivalObservation> observations, double confidence = 0.95)
    {
        var z = Normal.InvCDF(0, 1, 0.5 + confidence / 2);
        var byTime = observations.Where(o => o.Count > 0).GroupBy(o => o.Time).OrderBy(g => g.Key)
            .Select(g => (Time: g.Key, Events: g.Where(o => o.Event).Sum(o => o.Count), Censored: g.Where(o => !o.Event).Sum(o => o.Count)))
            .ToList();
        var atRisk = byTime.Sum(t => t.Events + t.Censored);
        var subjects = atRisk;
        double survival = 1, greenwood = 0;
        var steps = new List<SurvivalStep>(byTime.Count);
        foreach (var (time, events, censored) in byTime)
        {
            if (events > 0)
            {
                survival *= 1 - (double)events / atRisk;
                // The Greenwood term is infinite when everyone at risk leaves; S is then 0 and so is its variance.
                greenwood = events < atRisk ? greenwood + events / ((double)atRisk * (atRisk - events)) : double.PositiveInfinity;
            }
            var (se, lower, upper) = Band(survival, greenwood, z);
            steps.Add(new SurvivalStep(time, atRisk, events, censored, survival, se, lower, upper));
            atRisk -= events + censored;
        }
        return new SurvivalCurve(subjects, byTime.Sum(t => t.Events), steps, confidence);
    }

    private static (double StandardError, double Lower, double Upper) Band(double survival, double greenwood, double z)
    {
        if (survival <= 0 || double.IsInfinity(greenwood)) return (0, 0, 0);
        if (survival >= 1) return (0, 1, 1);
        var standardError = survival * Math.Sqrt(greenwood);
        var logLogSe = Math.Sqrt(greenwood) / Math.Abs(Math.Log(survival));
        // exp(−exp(log(−log S) ± z·se)) = S^exp(±z·se)
        return (standardError, Math.Pow(survival, Math.Exp(z * logLogSe)), Math.Pow(survival, Math.Exp(-z * logLogSe)));
    }
}
