using IucRecruit.Core.Calibration;
using IucRecruit.Core.Assessment.Reliability;
using IucRecruit.Data.Calibration;
using IucRecruit.Web.Features.Funnel;
using IucRecruit.Web.Features.StaffAccounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Manager.Pages.Calibration;

/// <summary>
/// A calibration set's report, per criterion (every agreement statistic of the reliability library,
/// each named by its form with its 95% interval) and per assessor (leniency or severity against
/// peers and, where given, the reference), with a chart beside each assessor's table.
/// </summary>
public sealed class ReportModel(CalibrationSets calibration, StaffDirectory staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public CalibrationSets.SetView Set { get; private set; } = null!;
    public IReadOnlyList<CriterionCalibration> Criteria { get; private set; } = [];
    public IReadOnlyList<string> Assessors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await calibration.LoadAsync(Id, HttpContext.RequestAborted) is not { } set) return NotFound();
        Set = set;
        var names = await staff.NamesAsync(set.Assignments.Select(a => a.AssessorUserId), HttpContext.RequestAborted);
        Assessors = CalibrationSets.AssessorNames(set, names).Values.ToList();
        Criteria = CalibrationSets.Analyse(set, names);
        return Page();
    }

    /// <summary>One assessor's leniency against peers on every criterion.</summary>
    public IReadOnlyList<(string Criterion, RaterLeniency Leniency, RaterLeniency? AgainstReference)> LeniencyOf(string assessor) =>
        Criteria.Select(c => (c.CriterionName, c.Report.Leniency.Single(l => l.Rater == assessor), c.AgainstReference?.Single(l => l.Rater == assessor)))
            .ToList();

    /// <summary>Every assessor's chart reaches this far either side of zero, so the charts compare.</summary>
    public double ChartReach => Criteria.SelectMany(c => c.Report.Leniency).Select(l => l.MeanDifference)
        .SelectMany(s => new[] { s.Estimate ?? 0, s.Interval?.Lower ?? 0, s.Interval?.Upper ?? 0 }).Select(Math.Abs).DefaultIfEmpty(0).Max();

    public IntervalChart ChartOf(string assessor, int index)
    {
        var rows = LeniencyOf(assessor);
        var defined = rows.Where(r => r.Leniency.MeanDifference.IsDefined && !CalibrationSummary.TooFewToJudge(r.Leniency.MeanDifference)).ToList();
        return new IntervalChart(
            $"leniency-{index}",
            $"{assessor}: mean difference from peers, by criterion",
            defined.Count == 0
                ? $"{assessor}: too few recordings scored alongside another assessor to judge."
                : $"{assessor}'s mean difference from the other assessors on each criterion, with its 95% interval. " +
                  "Above zero is more lenient, below zero more severe; an interval that does not cross zero is flagged. The table below has the numbers.",
            rows.Select(r => r.Criterion).ToList(),
            rows.Select(r => r.Leniency.MeanDifference is { Estimate: { } estimate } statistic && !CalibrationSummary.TooFewToJudge(statistic)
                ? ((double?)estimate, statistic.Interval?.Lower ?? estimate, statistic.Interval?.Upper ?? estimate)
                : ((double?, double, double)?)null).ToList(),
            "scale points",
            ChartReach);
    }
}
