using System.CommandLine;
using System.Globalization;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Data.Funnel.Reports;

namespace IucRecruit.Cli.Funnel;

/// <summary>The dashboard's filters as command-line options (the same names as its query parameters).</summary>
internal sealed class FunnelFilterOptions
{
    private readonly Option<Guid?> campaign = new("--campaign") { Description = "A campaign's id." };
    private readonly Option<string?> site = new("--site") { Description = "A site's name." };
    private readonly Option<AdvisorRole?> role = new("--role") { Description = "ServiceAdvisor, HealthAdvisor or ClinicalAdvisor." };
    private readonly Option<RecruitmentChannel?> channel = new("--channel") { Description = "NhsJobs, AmbulanceJobsSite, Apprenticeship, Agency, Internal or Other." };
    private readonly Option<DateOnly?> assessmentDay = new("--assessment-day") { Description = "An assessment day, yyyy-MM-dd." };
    private readonly Option<string?> from = new("--from") { Description = "Applied from this month, yyyy-MM." };
    private readonly Option<string?> to = new("--to") { Description = "Applied up to this month, yyyy-MM." };
    private readonly Option<RetentionGrouping> compareBy = new("--compare-by") { Description = "Retention groups: Cohort (default), Channel, ContractType or ScoreBand." };
    private readonly Option<int> earlyWeeks = new("--early-weeks")
    {
        Description = "Early leaver: left within this many weeks (default 12).",
        DefaultValueFactory = _ => FunnelSettings.DefaultEarlyAttritionWeeks,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { campaign, site, role, channel, assessmentDay, from, to, compareBy, earlyWeeks })
            command.Options.Add(option);
    }

    /// <summary>The filter and options, or the reason they cannot be read.</summary>
    public (FunnelFilter? Filter, DashboardOptions? Options, string? Problem) Read(ParseResult parsed)
    {
        var fromMonth = Month(parsed.GetValue(from));
        var toMonth = Month(parsed.GetValue(to));
        if ((fromMonth.Problem ?? toMonth.Problem) is { } problem) return (null, null, problem);
        var weeks = parsed.GetValue(earlyWeeks);
        if (weeks is < 1 or > 104) return (null, null, "--early-weeks must be from 1 to 104.");
        return (new FunnelFilter(parsed.GetValue(campaign), parsed.GetValue(site), parsed.GetValue(role), parsed.GetValue(channel),
                parsed.GetValue(assessmentDay), fromMonth.Month, toMonth.Month),
            new DashboardOptions(parsed.GetValue(compareBy), weeks), null);
    }

    private static (DateOnly? Month, string? Problem) Month(string? text) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : FunnelFilter.ParseMonth(text) is { } month ? (month, null)
        : (null, string.Create(CultureInfo.InvariantCulture, $"\"{text}\" is not a month: write it as yyyy-MM, like 2026-03."));
}
