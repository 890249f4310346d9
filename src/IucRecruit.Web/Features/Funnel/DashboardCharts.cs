using System.Globalization;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Funnel.Reports;

namespace IucRecruit.Web.Features.Funnel;

/// <summary>The dashboard's charts and the sentences that say what each shows.</summary>
public static class DashboardCharts
{
    /// <summary>Curves drawn at most; the tables list every group.</summary>
    public const int MaximumCurves = 6;

    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static BarChart Funnel(FunnelDashboard d)
    {
        var rows = d.Stages.Where(s => s.Reached > 0 || s.Skipped > 0).ToList();
        return new BarChart("chart-funnel", "Candidates reaching each stage",
            FunnelSummary(d), rows.Select(s => s.Stage.DisplayName()).ToList(),
            [
                new BarSeries("Moved on", rows.Select(s => (double?)s.MovedOn).ToList()),
                new BarSeries("Still there", rows.Select(s => (double?)s.InProgress).ToList()),
                new BarSeries("Journey ended there", rows.Select(s => (double?)s.Ended).ToList()),
            ],
            "candidates", Stacked: true);
    }

    public static string FunnelSummary(FunnelDashboard d)
    {
        var applied = d.Stages.FirstOrDefault(s => s.Stage == FunnelStage.Applied);
        if (applied is null || applied.Reached == 0) return "No candidates match these filters.";
        var started = d.Stages.Single(s => s.Stage == FunnelStage.Started);
        var worst = d.Stages.Where(s => s.Decided > 0).MaxBy(s => s.Ended);
        return Say($"{applied.Reached:N0} candidates applied and {started.Reached:N0} started ({Percent(started.Reached, applied.Reached)}).") +
               (worst is null ? "" : Say($" Most journeys ended at {worst.Stage.DisplayName()}: {worst.Ended:N0} of the {worst.Reached:N0} who reached it.")) +
               Say($" {d.Stages.Sum(s => s.Withdrew):N0} withdrew and {d.Stages.Sum(s => s.NoShow):N0} did not attend.");
    }

    /// <summary>Where a stage has more candidates than the one before it, why: the earlier stage was
    /// skipped (with a reason, or because a campaign does not use it), and a skipped stage is counted
    /// as skipped, not reached.</summary>
    public static IReadOnlyList<string> SkippedStages(FunnelDashboard d)
    {
        var rows = d.Stages.Where(s => s.Reached > 0 || s.Skipped > 0).ToList();
        return rows.Zip(rows.Skip(1))
            .Where(p => p.Second.Reached > p.First.Reached && p.First.Skipped > 0)
            .Select(p => Say($"{p.Second.Stage.DisplayName()} ({p.Second.Reached:N0}) is larger than {p.First.Stage.DisplayName()} ({p.First.Reached:N0}): ") +
                         Say($"{p.First.Skipped:N0} candidates skipped {p.First.Stage.DisplayName()}, because their campaign does not use it or it was skipped for them with a reason. ") +
                         "A skipped stage is counted as skipped, not as reached, so a later stage can have more candidates than an earlier one.")
            .ToList();
    }

    public static BarChart TimeInStage(FunnelDashboard d)
    {
        var rows = d.TimeInStage.Where(t => t.MovedOn > 0).ToList();
        var longest = rows.MaxBy(t => t.MedianDays);
        return new BarChart("chart-time-in-stage", "Days in each stage before moving on",
            longest is null
                ? "Nobody has moved on from a stage yet."
                : Say($"Only candidates who moved on are counted. The longest typical wait is at {longest.Stage.DisplayName()}: ") +
                  Say($"a median of {longest.MedianDays:0.#} days, and 1 in 10 waited {longest.Percentile90Days:0.#} days or more."),
            rows.Select(t => t.Stage.DisplayName()).ToList(),
            [
                new BarSeries("Median", rows.Select(t => t.MedianDays).ToList()),
                new BarSeries("90th percentile", rows.Select(t => t.Percentile90Days).ToList()),
            ],
            "days");
    }

    /// <summary>Curves compared when the manager has not chosen: few enough to tell apart.</summary>
    public const int DefaultCurves = 3;

    /// <summary>Confidence bands are drawn only for this many curves or fewer: more overlap into a blur.</summary>
    public const int MaximumBands = 2;

    /// <summary>The groups the retention chart compares: those the manager chose (at most
    /// <see cref="MaximumCurves"/>), or by default the three largest groups (of cohorts, those
    /// followed at least 13 weeks), in their order.</summary>
    public static IReadOnlyList<RetentionGroup> Compared(RetentionReport retention, IReadOnlyCollection<string> chosen)
    {
        var picked = retention.Groups.Where(g => chosen.Contains(g.Key)).Take(MaximumCurves).ToList();
        if (picked.Count > 0) return picked;
        var candidates = retention.CompareBy == RetentionGrouping.Cohort && retention.Groups.Any(g => g.Curve.AtRiskAt(13 * 7) > 0)
            ? retention.Groups.Where(g => g.Curve.AtRiskAt(13 * 7) > 0)
            : retention.Groups;
        var largest = candidates.OrderByDescending(g => g.Curve.Subjects).Take(DefaultCurves).ToHashSet();
        return retention.Groups.Where(largest.Contains).ToList();
    }

    public static StepChart Retention(FunnelDashboard d, IReadOnlyList<RetentionGroup> groups)
    {
        var longest = d.Retention.Overall.Steps.Count == 0 ? 13 : d.Retention.Overall.Steps.Max(s => s.Time) / 7;
        var weeks = Math.Min(104, Math.Max(13, Math.Ceiling(longest / 13) * 13));
        var bands = groups.Count <= MaximumBands;
        var shown = (groups.Count < d.Retention.Groups.Count
                        ? Say($" The chart compares {groups.Count} of the {d.Retention.Groups.Count} groups (choose which below it); the tables show all.")
                        : "") +
                    (bands ? " The shaded bands are 95% confidence intervals." : Say($" Confidence bands are drawn when {MaximumBands} groups or fewer are compared."));
        return new StepChart("chart-retention", "Share of starters still in post, by weeks since starting",
            RetentionSummary(d) + shown,
            groups.Select(g => new StepSeries(g.Name,
                    g.Curve.Steps.Select(s => (s.Time / 7, s.Survival)).Prepend((0.0, 1.0)).ToList(),
                    bands ? g.Curve.Steps.Select(s => (s.Time / 7, s.Lower, s.Upper)).Prepend((0.0, 1.0, 1.0)).ToList() : null))
                .ToList(),
            "weeks since starting", weeks, 13);
    }

    public static string RetentionSummary(FunnelDashboard d)
    {
        var r = d.Retention;
        if (r.Overall.Subjects == 0) return "None of these candidates has started yet.";
        var at26 = r.Overall.At(26 * 7);
        var text = Say($"{r.Overall.Subjects:N0} starters, of whom {r.Overall.Events:N0} have left. ") +
                   Say($"{Percent(r.Early.LeftEarly, r.Early.Followed)} of those followed {r.Early.Weeks} weeks left within them. ") +
                   Say($"An estimated {at26.Survival:P0} were still in post at 26 weeks (95% confidence {at26.Lower:P0} to {at26.Upper:P0}).");
        if (r.LogRank is { } test)
        {
            text += Say($" Log-rank test across the {test.Groups.Count} groups: chi-squared {test.ChiSquare:0.##} on {test.DegreesOfFreedom} ") +
                    Say($"degree{(test.DegreesOfFreedom == 1 ? "" : "s")} of freedom, P {PValue(test.PValue)}") +
                    (test.PValue < 0.05 ? ": the groups differ more than chance would explain." : ": no clear difference between the groups.");
        }
        return text;
    }

    public static BarChart Leavers(FunnelDashboard d)
    {
        var months = d.Leavers.ByMonth;
        var total = months.Sum(m => m.Total);
        return new BarChart("chart-leavers", "Leavers by month, positive and negative reasons",
            total == 0
                ? "Nobody has left."
                : Say($"{total:N0} leavers: {months.Sum(m => m.Negative):N0} for negative reasons (stress, ill health, Equality Act provision, bullying, lack of support), ") +
                  Say($"{months.Sum(m => m.Positive):N0} for positive ones (promotion, clinical training, another NHS role) and {months.Sum(m => m.Other):N0} for others."),
            months.Select(m => FunnelReports.MonthName(m.Month)).ToList(),
            [
                new BarSeries("Negative", months.Select(m => (double?)m.Negative).ToList()),
                new BarSeries("Positive", months.Select(m => (double?)m.Positive).ToList()),
                new BarSeries("Other", months.Select(m => (double?)m.Other).ToList()),
            ],
            "leavers", Stacked: true);
    }

    public static BarChart Predictive(FunnelDashboard d)
    {
        var criteria = d.Predictive.Criteria.Where(c => c.Auc is not null).ToList();
        return new BarChart("chart-predictive", "How well each mock-call criterion predicts being in post at 26 weeks (AUC)",
            criteria.Count == 0
                ? "Not enough starters have been followed for 26 weeks with mock-call scores of record."
                : "An area under the curve (AUC) of 0.5 means the score does not predict staying; 1 means it predicts perfectly. " +
                  string.Join(" ", criteria.Select(c => Say($"{c.CriterionId}: {c.Auc!.Auc:0.00} (95% confidence {c.Auc.Lower:0.00} to {c.Auc.Upper:0.00})."))),
            criteria.Select(c => c.CriterionId).ToList(),
            [new BarSeries("AUC", criteria.Select(c => (double?)c.Auc!.Auc).ToList())],
            "area under the ROC curve", Whiskers: criteria.Select(c => ((double, double)?)(c.Auc!.Lower, c.Auc.Upper)).ToList(),
            ReferenceLine: 0.5, Maximum: 1);
    }

    private static string Percent(long part, long whole) =>
        whole == 0 ? "none" : ((double)part / whole).ToString("P1", EnglishUk);

    internal static string PValue(double p) => p < 0.001 ? "< 0.001" : "= " + p.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Numbers written the British way (1,234 and 45%), whatever the server's culture.</summary>
    internal static string Say(FormattableString text) => text.ToString(EnglishUk);
}
