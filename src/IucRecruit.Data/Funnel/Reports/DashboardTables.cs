using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;

namespace IucRecruit.Data.Funnel.Reports;

/// <summary>Every table of the dashboard, by name.</summary>
public static class DashboardTables
{
    public const string Funnel = "funnel";
    public const string TimeInStage = "time-in-stage";
    public const string Retention = "retention";
    public const string RetentionSummary = "retention-summary";
    public const string NumbersAtRisk = "numbers-at-risk";
    public const string LeaversByMonth = "leavers-by-month";
    public const string LeavingReasons = "leaving-reasons";
    public const string Predictive = "predictive-validity";
    public const string PredictiveBands = "predictive-bands";
    public const string Equality = "equality";

    public static IReadOnlyList<ReportTable> All(FunnelDashboard d) =>
    [
        FunnelTable(d), TimeInStageTable(d), RetentionTable(d), RetentionSummaryTable(d), NumbersAtRiskTable(d),
        LeaversByMonthTable(d), LeavingReasonsTable(d), PredictiveTable(d), PredictiveBandsTable(d), EqualityTable(d),
    ];

    public static ReportTable? Find(FunnelDashboard d, string name) => All(d).FirstOrDefault(t => t.Name == name);

    /// <summary>A table whose first <paramref name="textColumns"/> columns are words and the rest numbers.</summary>
    internal static ReportTable Table(string name, string title, string[] columns, IEnumerable<IReadOnlyList<string>> rows, int textColumns = 1) =>
        new(name, title, columns, columns.Select((_, i) => i >= textColumns).ToList(), rows.ToList());

    private static ReportTable FunnelTable(FunnelDashboard d)
    {
        var time = d.TimeInStage.ToDictionary(t => t.Stage);
        return Table(Funnel, "Candidates at each stage",
            ["Stage", "Reached", "Skipped", "Moved on", "Rejected", "Withdrew", "Did not attend", "Declined offer", "Left",
                "In progress", "Pass-through (%)", "Median days in stage", "90th percentile days in stage"],
            // With no applicants every row would be zeros: the table says it has nothing to show instead.
            (d.Stages.Any(s => s.Reached > 0) ? d.Stages : []).Select(s => (IReadOnlyList<string>)
            [
                s.Stage.DisplayName(), Cell.Count(s.Reached), Cell.Count(s.Skipped), Cell.Count(s.MovedOn), Cell.Count(s.Rejected),
                Cell.Count(s.Withdrew), Cell.Count(s.NoShow), Cell.Count(s.DeclinedOffer), Cell.Count(s.Left), Cell.Count(s.InProgress),
                Cell.Percent(s.PassThrough), Cell.Days(time[s.Stage].MedianDays), Cell.Days(time[s.Stage].Percentile90Days),
            ]));
    }

    private static ReportTable TimeInStageTable(FunnelDashboard d) =>
        Table(TimeInStage, "Days in each stage, of those who moved on",
            ["Stage", "Moved on", "Median days", "90th percentile days"],
            (d.TimeInStage.Any(t => t.MovedOn > 0) ? d.TimeInStage : []).Select(t => (IReadOnlyList<string>)
                [t.Stage.DisplayName(), Cell.Count(t.MovedOn), Cell.Days(t.MedianDays), Cell.Days(t.Percentile90Days)]));

    private static ReportTable RetentionTable(FunnelDashboard d) =>
        Table(Retention, "Kaplan–Meier estimate of staying in post, with 95% confidence band (log-log)",
            ["Group", "Day", "At risk", "Left", "Censored", "Still in post (%)", "Lower 95% (%)", "Upper 95% (%)"],
            d.Retention.Groups.SelectMany(g => g.Curve.Steps.Select(s => (IReadOnlyList<string>)
            [
                g.Name, Cell.Count((long)s.Time), Cell.Count(s.AtRisk), Cell.Count(s.Events), Cell.Count(s.Censored),
                Cell.Percent(s.Survival), Cell.Percent(s.Lower), Cell.Percent(s.Upper),
            ])));

    private static ReportTable RetentionSummaryTable(FunnelDashboard d)
    {
        var weeks = d.Options.EarlyAttritionWeeks;
        IReadOnlyList<string> Row(string name, SurvivalCurve curve, EarlyAttrition early) =>
        [
            name, Cell.Count(curve.Subjects), Cell.Count(curve.Events), Cell.Count(early.Followed), Cell.Count(early.LeftEarly),
            Cell.Percent(early.Rate), Cell.Percent(1 - curve.At(weeks * 7).Survival),
            Cell.Percent(curve.At(13 * 7).Survival), Cell.Percent(curve.At(26 * 7).Survival), Cell.Percent(curve.At(52 * 7).Survival),
        ];
        return Table(RetentionSummary, $"Starters, leavers and early attrition (left within {weeks} weeks)",
            ["Group", "Starters", "Left", $"Followed {weeks} weeks or left", $"Left within {weeks} weeks", "Early attrition (%)",
                "Early attrition, Kaplan–Meier (%)", "In post at 13 weeks (%)", "In post at 26 weeks (%)", "In post at 52 weeks (%)"],
            d.Retention.Groups.Select(g => Row(g.Name, g.Curve, g.Early)).Concat(AllStarters(d, Row("All starters", d.Retention.Overall, d.Retention.Early))));
    }

    private static ReportTable NumbersAtRiskTable(FunnelDashboard d) =>
        Table(NumbersAtRisk, "Numbers still followed (at risk) at each point",
            ["Group", .. RetentionReport.Milestones.Select(w => $"{w} weeks")],
            d.Retention.Groups.Select(g => (g.Name, g.Curve)).Concat(AllStarters(d, (Name: "All starters", Curve: d.Retention.Overall)))
                .Select(g => (IReadOnlyList<string>)[g.Name, .. RetentionReport.Milestones.Select(w => Cell.Count(g.Curve.AtRiskAt(w * 7)))]));

    /// <summary>The "all starters" row, when there are any: with none, the table says it has nothing to show.</summary>
    private static IEnumerable<T> AllStarters<T>(FunnelDashboard d, T row) => d.Retention.Overall.Subjects == 0 ? [] : [row];

    private static ReportTable LeaversByMonthTable(FunnelDashboard d) =>
        Table(LeaversByMonth, "Leavers by month and kind of reason",
            ["Month", "Positive", "Negative", "Other", "Total"],
            d.Leavers.ByMonth.Select(m => (IReadOnlyList<string>)
                [FunnelReports.MonthName(m.Month), Cell.Count(m.Positive), Cell.Count(m.Negative), Cell.Count(m.Other), Cell.Count(m.Total)]));

    private static ReportTable LeavingReasonsTable(FunnelDashboard d) =>
        Table(LeavingReasons, "Reasons for leaving",
            ["Reason in ESR", "Exit interview reason", "Kind", "Leavers"],
            d.Leavers.ByReason.Select(r => (IReadOnlyList<string>)
            [
                r.EsrReason?.Wording() ?? "Not recorded", r.Reason?.DisplayName() ?? "Not recorded", r.Kind.DisplayName(), Cell.Count(r.Leavers),
            ]), textColumns: 3);

    private static ReportTable PredictiveTable(FunnelDashboard d) =>
        Table(Predictive, "Does each mock-call criterion predict being in post at 26 weeks? (area under the ROC curve)",
            ["Criterion", "Starters followed 26 weeks", "In post", "Left", "AUC", "Lower 95%", "Upper 95%"],
            d.Predictive.Criteria.Select(c => (IReadOnlyList<string>)
            [
                c.CriterionId, Cell.Count(c.InPost + c.Left), Cell.Count(c.InPost), Cell.Count(c.Left),
                Cell.Fixed(c.Auc?.Auc, 3), Cell.Fixed(c.Auc?.Lower, 3), Cell.Fixed(c.Auc?.Upper, 3),
            ]));

    private static ReportTable PredictiveBandsTable(FunnelDashboard d) =>
        Table(PredictiveBands, "In post at 26 weeks by criterion score band",
            ["Criterion", "Score band", "Starters", "In post", "In post (%)"],
            d.Predictive.Criteria.SelectMany(c => c.Bands.Select(b => (IReadOnlyList<string>)
            [
                c.CriterionId, b.Band.DisplayName(), Cell.Count(b.Starters), Cell.Count(b.InPost),
                Cell.Percent(b.Starters == 0 ? null : (double)b.InPost / b.Starters),
            ])), textColumns: 2);

    private static ReportTable EqualityTable(FunnelDashboard d) =>
        Table(Equality, $"Selection rate at each stage by {d.Equality.Characteristic.DisplayName().ToLowerInvariant()} " +
                        $"(groups under {AdverseImpact.MinimumGroupSize} suppressed)",
            ["Stage", "Group", "Considered", "Moved on", "Selection rate (%)", "Impact ratio", "Below four-fifths"],
            d.Equality.Stages.SelectMany(s => s.Groups.Select(g => (IReadOnlyList<string>)(g.Suppressed
                ? [s.Stage.DisplayName(), ProtectedCharacteristics.GroupDisplayName(g.Group), Cell.Suppressed, Cell.Suppressed, Cell.Suppressed, Cell.Suppressed, ""]
                :
                [
                    s.Stage.DisplayName(), ProtectedCharacteristics.GroupDisplayName(g.Group), Cell.Count(g.Considered!.Value),
                    Cell.Count(g.Selected!.Value), Cell.Percent(g.Rate), Cell.Fixed(g.ImpactRatio, 2), g.AdverseImpact ? "yes" : "no",
                ]))), textColumns: 2);
}
