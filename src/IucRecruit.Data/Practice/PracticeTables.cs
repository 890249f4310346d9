using IucRecruit.Core.Practice;
using IucRecruit.Data.Funnel.Reports;

namespace IucRecruit.Data.Practice;

/// <summary>The practice call section's tables, by name: shown on the page and downloaded as CSV
/// and .xlsx from the same cells, as every other section's (<see cref="DashboardTables"/>).</summary>
public static class PracticeTables
{
    public const string Calls = "practice-calls";
    public const string NotForMe = "practice-not-for-me";
    public const string Comparison = "practice-comparison";
    public const string Retention = "practice-retention";

    public static bool Has(string name) => name is Calls or NotForMe or Comparison or Retention;

    public static IReadOnlyList<ReportTable> All(PracticeReport p) => [CallsTable(p), NotForMeTable(p), ComparisonTable(p), RetentionTable(p)];

    public static ReportTable? Find(PracticeReport p, string name) => All(p).FirstOrDefault(t => t.Name == name);

    private static ReportTable CallsTable(PracticeReport p) =>
        DashboardTables.Table(Calls, "Practice calls",
            ["Practice calls", "Started", "Started without an invitation", "Finished", "Answered “Is this job for you?”", "Not for me", "Not for me (% of answers)"],
            [["All", Cell.Count(p.Attempts), Cell.Count(p.AnonymousAttempts), Cell.Count(p.Completions), Cell.Count(p.Answered),
                Cell.Count(p.NotForMe), Cell.Percent(p.NotForMeShare)]]);

    private static ReportTable NotForMeTable(PracticeReport p) =>
        DashboardTables.Table(NotForMe, "Why “not for me” (any number of reasons each)",
            ["Reason", "Answers"],
            p.Reasons.Select(r => (IReadOnlyList<string>)[r.Reason.DisplayName(), Cell.Count(r.Count)]));

    private static ReportTable ComparisonTable(PracticeReport p) =>
        DashboardTables.Table(Comparison, "Candidates invited to the assessment, by whether they finished a practice call",
            ["Group", "Invited", "Withdrew before the mock call", "Withdrew before the mock call (%)", "With a mock-call result", "Passed the mock call", "Pass rate (%)"],
            new[] { p.Practised, p.NotPractised }.Select(g => (IReadOnlyList<string>)
            [
                g.Name, Cell.Count(g.Invited), Cell.Count(g.WithdrewBeforeMockCall), Cell.Percent(g.WithdrawalShare),
                Cell.Count(g.MockCallDecided), Cell.Count(g.MockCallPassed), Cell.Percent(g.PassRate),
            ]));

    /// <summary>Each group's starters and the Kaplan–Meier estimate with its 95% interval at each
    /// point; blank where the group has no starters or nobody was followed so long yet.</summary>
    private static ReportTable RetentionTable(PracticeReport p) =>
        DashboardTables.Table(Retention, "Starters in post, by whether they finished a practice call (Kaplan–Meier, 95% confidence interval)",
            ["Group", "Starters", "Left", .. PracticeReport.RetentionPoints.SelectMany(r => new[]
                { $"In post at {r.Months} months (%)", $"{r.Months} months: lower 95% (%)", $"{r.Months} months: upper 95% (%)" })],
            new[] { p.Practised, p.NotPractised }.Select(g => (IReadOnlyList<string>)
            [
                g.Name, Cell.Count(g.Retention.Subjects), Cell.Count(g.Retention.Events),
                .. PracticeReport.RetentionPoints.SelectMany(r => Followed(g, r.Days) is { } at
                    ? new[] { Cell.Percent(at.Survival), Cell.Percent(at.Lower), Cell.Percent(at.Upper) }
                    : ["", "", ""]),
            ]));

    private static Core.Retention.SurvivalStep? Followed(PracticeGroup g, int days) =>
        g.Retention.Subjects == 0 || g.Retention.Steps.Count == 0 || g.Retention.Steps[^1].Time < days ? null : g.Retention.At(days);
}
