using System.Globalization;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Funnel.Reports;

namespace IucRecruit.Web.Features.Funnel;

/// <summary>One figure at the top of the dashboard: what it counts, the number, and a sentence
/// that says what it means.</summary>
public sealed record SummaryFigure(string Label, string Value, string Detail);

/// <summary>
/// The dashboard's answer first (issue 14): how many applied, where they dropped out, how many were
/// appointed, how many are still in post at 3, 6 and 12 months, the early leavers, and whether the
/// mock-call scores predict staying, each in words a manager can act on.
/// </summary>
public static class SummaryFigures
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>3, 6 and 12 months, as the weeks the retention tables use.</summary>
    private static readonly (string Name, int Weeks)[] Milestones = [("3 months", 13), ("6 months", 26), ("12 months", 52)];

    public static IReadOnlyList<SummaryFigure> Of(FunnelSummary summary)
    {
        var applied = summary.Stages.FirstOrDefault(s => s.Stage == FunnelStage.Applied)?.Reached ?? 0;
        if (applied == 0) return [];
        var figures = new List<SummaryFigure>
        {
            new("Applied", Say($"{applied:N0}"), Say($"candidates applied{InProgress(summary)}")),
            DroppedOut(summary.Stages),
            Appointed(summary.Stages, applied),
        };
        var overall = summary.Retention.Overall;
        if (overall.Subjects == 0)
        {
            figures.Add(new("Still in post", "–", "Nobody has started yet, so retention is not known."));
            return figures;
        }
        figures.AddRange(Milestones.Select(m => InPostAt(overall, m.Name, m.Weeks)));
        var early = summary.Retention.Early;
        figures.Add(new($"Left within {early.Weeks} weeks", early.Rate is { } rate ? rate.ToString("P0", EnglishUk) : "–",
            early.Followed == 0
                ? Say($"Nobody has been followed {early.Weeks} weeks yet.")
                : Say($"{early.LeftEarly:N0} of the {early.Followed:N0} starters followed {early.Weeks} weeks (or who left sooner) left within them.")));
        figures.Add(ScoresPredict(summary.Retention, summary.ScoreBandTest));
        return figures;
    }

    private static string InProgress(FunnelSummary summary)
    {
        var waiting = summary.Stages.Sum(s => s.InProgress);
        return waiting == 0 ? "." : Say($"; {waiting:N0} are still in progress.");
    }

    /// <summary>The stages where most journeys ended, largest first.</summary>
    private static SummaryFigure DroppedOut(IReadOnlyList<FunnelStageRow> stages)
    {
        var ended = stages.Where(s => s.Stage < FunnelStage.Started && s.Ended > 0).OrderByDescending(s => s.Ended).Take(3).ToList();
        if (ended.Count == 0) return new("Dropped out", "0", "Nobody's journey has ended before starting.");
        return new("Dropped out", Say($"{stages.Where(s => s.Stage < FunnelStage.Started).Sum(s => s.Ended):N0}"),
            "Most at " + string.Join("; then ", ended.Select(s => Say($"{s.Stage.DisplayName()} ({s.Ended:N0} of the {s.Reached:N0} who reached it)"))) + ".");
    }

    private static SummaryFigure Appointed(IReadOnlyList<FunnelStageRow> stages, long applied)
    {
        long Reached(FunnelStage stage) => stages.FirstOrDefault(s => s.Stage == stage)?.Reached ?? 0;
        var accepted = Reached(FunnelStage.OfferAccepted);
        var started = Reached(FunnelStage.Started);
        return new("Appointed", Say($"{accepted:N0}"),
            Say($"{Share(accepted, applied)} of applicants accepted an offer; {started:N0} have started."));
    }

    private static SummaryFigure InPostAt(SurvivalCurve curve, string name, int weeks)
    {
        if (curve.AtRiskAt(weeks * 7) == 0)
            return new($"In post at {name}", "–", Say($"Not known yet: no starter has been followed {weeks} weeks."));
        var at = curve.At(weeks * 7);
        return new($"In post at {name}", at.Survival.ToString("P0", EnglishUk),
            Say($"Estimated share of starters still in post {weeks} weeks after starting (95% confidence {at.Lower:P0} to {at.Upper:P0}); ") +
            Say($"{curve.AtRiskAt(weeks * 7):N0} starters followed that long."));
    }

    /// <summary>Staying at 26 weeks by mock-call score band, and the log-rank test's verdict.</summary>
    private static SummaryFigure ScoresPredict(RetentionReport retention, LogRankResult? test)
    {
        var bands = retention.Groups.Where(g => g.Key.Length > 0 && g.Curve.AtRiskAt(26 * 7) > 0).ToList();
        const string label = "Do mock-call scores predict staying?";
        if (bands.Count < 2)
            return new(label, "Not yet", "Too few starters with mock-call scores have been followed 26 weeks to compare score bands.");
        var byBand = string.Join("; ", bands.Select(b => Say($"{b.Name.Replace("Mock call ", "", StringComparison.Ordinal)}: {b.Curve.At(26 * 7).Survival:P0}")));
        var differs = test is { PValue: < 0.05 };
        return new(label, differs ? "Yes" : "No clear link",
            "In post at 26 weeks by mean mock-call score: " + byBand + ". " +
            (differs ? "The bands differ more than chance would explain" : "The difference between the bands is within what chance would give") +
            (test is null ? "." : " (log-rank test, P " + DashboardCharts.PValue(test.PValue) + ")."));
    }

    private static string Share(long part, long whole) => whole == 0 ? "none" : ((double)part / whole).ToString("P0", EnglishUk);

    private static string Say(FormattableString text) => DashboardCharts.Say(text);
}
